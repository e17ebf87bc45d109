package cn.energyinspect.app.agency;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agencies a user may list: its own region and below, of one tier and within one region (the split dialog asks
 * for the agencies one tier down). Agencies are made in 贺州 (4511xx), which no other test uses.
 */
@IntegrationTest
class AgencyApiTest {
    @LocalServerPort
    int port;

    @Autowired
    AgencyMapper agencies;

    @Autowired
    TestFixtures.Users users;

    @Test
    void a_city_lists_its_county_agencies_and_never_another_citys() {
        long hezhou = agency("贺州市节能监察支队", "451100", Agency.Tier.CITY);
        long babu = agency("八步区节能监察大队", "451102", Agency.Tier.COUNTY);
        long pinggui = agency("平桂区节能监察大队", "451103", Agency.Tier.COUNTY);
        long elsewhere = agency("金城江区节能监察大队", "451202", Agency.Tier.COUNTY);
        Api city = Api.as(port, users.create(Role.SUPERVISOR, "451100"));

        JsonNode counties = ok(city.get("/api/v1/agencies?tier=COUNTY&parentRegion=451100"));
        assertThat(ids(counties)).contains(babu, pinggui).doesNotContain(hezhou, elsewhere);
        JsonNode first = find(counties, babu);
        assertThat(first.path("name").asText()).isEqualTo("八步区节能监察大队");
        assertThat(first.path("regionName").asText()).isEqualTo("八步区");
        assertThat(first.path("tier").asText()).isEqualTo("COUNTY");
        assertThat(ids(ok(city.get("/api/v1/agencies?tier=CITY"))))
                .contains(hezhou)
                .doesNotContain(babu);
        assertThat(ok(city.get("/api/v1/agencies?tier=COUNTY&parentRegion=451200")))
                .as("another city's counties")
                .isEmpty();

        Api county = Api.as(port, users.create(Role.AUDITOR, "451102"));
        assertThat(ids(ok(county.get("/api/v1/agencies?parentRegion=451100"))))
                .contains(babu)
                .doesNotContain(hezhou, pinggui);

        assertThat(Api.as(port, users.enterpriseUser("91451102MA5KTEST0X", "451102"))
                        .get("/api/v1/agencies")
                        .status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).get("/api/v1/agencies").status()).isEqualTo(401);
        Api.Response badRegion = city.get("/api/v1/agencies?parentRegion=4511");
        assertThat(badRegion.status()).isEqualTo(422);
        assertThat(badRegion.problemFields()).containsExactly("parentRegion");
        assertThat(city.get("/api/v1/agencies?tier=TOWN").problemFields()).containsExactly("tier");
    }

    private long agency(String name, String region, Agency.Tier tier) {
        var insert = new AgencyMapper.AgencyInsert(name, region, tier);
        agencies.insert(insert);
        return insert.id;
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.path("id").asLong()));
        return ids;
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode a : list) {
            if (a.path("id").asLong() == id) {
                return a;
            }
        }
        throw new AssertionError("agency " + id + " not listed: " + list);
    }
}
