package cn.energyinspect.app.search.query;

import static cn.energyinspect.app.search.query.TestRecords.a;
import static cn.energyinspect.app.support.EnterpriseBuilder.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.SearchFields.DocType;
import cn.energyinspect.app.search.query.TestRecords.Doc;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/v1/search} over HTTP against the real Elasticsearch node: Chinese words, jurisdiction, facets, order,
 * deep paging and hostile input. Each scenario marks its documents with its own campaign id, so documents of other
 * tests (or of the indexer) in the same index never change its counts.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {
    private static final String XIHU = "330106";
    private static final String YUHANG = "330110";
    private static final String NINGBO = "330203";

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    ElasticsearchClient client;

    /** Jurisdiction scenario: a notice in 西湖区 and one in 宁波, plus records the enterprise must or must not see. */
    long notices;

    String xihuUscc;
    String ningboUscc;
    String neighbourUscc;
    Doc xihuNotice;
    Doc ningboNotice;
    Doc xihuEvidence;
    Doc neighbourFinding;

    /** Facet, order and paging scenario: 25 findings and documents over three counties. */
    long campaign;

    final List<Doc> campaignDocs = new ArrayList<>();

    Api province;
    Api city;
    Api county;
    Api enterprise;

    @BeforeAll
    void indexRecordsAndSignIn() {
        TestRecords.ensureIndex(client);
        notices = TestRecords.unique();
        xihuUscc = freshUscc(XIHU);
        ningboUscc = freshUscc(NINGBO);
        neighbourUscc = freshUscc(XIHU);
        xihuNotice = notice(xihuUscc, XIHU, "杭州西湖热电有限公司");
        ningboNotice = notice(ningboUscc, NINGBO, "宁波北仑钢铁有限公司");
        xihuEvidence = a(DocType.EVIDENCE)
                .inCounty(XIHU)
                .of(xihuUscc, "杭州西湖热电有限公司")
                .inCampaign(notices)
                .titled("现场照片：锅炉铭牌")
                .saying("整改前拍摄的锅炉铭牌")
                .on(LocalDate.of(2026, 3, 1));
        neighbourFinding = a(DocType.FINDING)
                .inCounty(XIHU)
                .of(neighbourUscc, "杭州邻居纺织有限公司")
                .inCampaign(notices)
                .titled("电机能效低于 GB 18613 三级")
                .saying("现场发现在用电机属于淘汰目录，须限期整改")
                .on(LocalDate.of(2026, 3, 1));
        TestRecords.index(client, List.of(xihuNotice, ningboNotice, xihuEvidence, neighbourFinding));

        campaign = TestRecords.unique();
        String[] counties = {XIHU, XIHU, YUHANG, NINGBO, XIHU};
        String[] kinds = {"OVER_QUOTA", "OBSOLETE_EQUIPMENT", "NO_METERING"};
        for (int i = 0; i < 25; i++) {
            boolean finding = i % 5 != 4;
            Doc doc = a(finding ? DocType.FINDING : DocType.DOCUMENT)
                    .inCounty(counties[i % 5])
                    .of(freshUscc(counties[i % 5]), "测试企业" + i)
                    .inCampaign(campaign)
                    .titled(finding ? "第 " + i + " 项问题：单位产品能耗超限额" : "节能监察意见书 " + i)
                    .saying("节能监察发现第 " + i + " 项问题，依据 GB 16780 责令整改")
                    .on(LocalDate.of(2026, 1, 1).plusDays(i % 7))
                    .with(SearchFields.INDUSTRY_CODE, i % 2 == 0 ? "C3011" : "C2511");
            if (finding) {
                doc.with(SearchFields.FINDING_KIND, kinds[i % 3]).with(SearchFields.RULE_STANDARD, "GB 16780");
            }
            campaignDocs.add(doc);
        }
        TestRecords.index(client, campaignDocs);

        province = Api.as(port, users.create(Role.PROVINCE_ADMIN, "330000"));
        city = Api.as(port, users.create(Role.SUPERVISOR, "330100"));
        county = Api.as(port, users.create(Role.INSPECTOR, XIHU));
        enterprise = Api.as(port, users.enterpriseUser(xihuUscc, XIHU));
    }

    private Doc notice(String uscc, String countyCode, String name) {
        return a(DocType.DOCUMENT)
                .inCounty(countyCode)
                .of(uscc, name)
                .inCampaign(notices)
                .titled("限期整改通知书")
                .saying("经现场监察，你单位燃煤锅炉能效不符合 GB 24500 要求，现依法送达责令限期整改通知书，请于六十日内完成整改。")
                .numbered("浙节监改〔2026〕" + TestRecords.unique() + "号")
                .with(SearchFields.DOCUMENT_KIND, "RECTIFICATION_NOTICE")
                .on(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_chinese_word_finds_the_notice_and_is_highlighted() {
        JsonNode result = ok(province, "q=" + enc("整改") + "&type=DOCUMENT&campaignId=" + notices);

        assertThat(ids(result)).contains(xihuNotice.id(), ningboNotice.id());
        JsonNode hit = item(result, xihuNotice.id());
        assertThat(hit.path("title").asText()).isEqualTo("限期整改通知书");
        assertThat(hit.path("enterpriseUscc").asText()).isEqualTo(xihuUscc);
        assertThat(hit.path("regionCode").asText()).isEqualTo(XIHU);
        assertThat(hit.path("date").asText()).isEqualTo("2026-03-02");
        assertThat(hit.path("highlight").toString()).contains("<em>整改</em>");
        for (JsonNode fragment : hit.path("highlight")) {
            assertThat(fragment.asText().replace("<em>", "").replace("</em>", ""))
                    .hasSizeLessThanOrEqualTo(120);
        }
    }

    @Test
    void a_document_number_typed_as_the_query_finds_exactly_that_document_first() {
        String number = (String) xihuNotice.fields.get(SearchFields.DOCUMENT_NUMBER);

        JsonNode result = ok(province, "q=" + enc(number));
        JsonNode withSquareBrackets =
                ok(province, "q=" + enc(number.replace('〔', '[').replace('〕', ']')));
        JsonNode byUscc = ok(province, "q=" + xihuUscc.toLowerCase() + "&campaignId=" + notices);

        assertThat(ids(result).getFirst()).isEqualTo(xihuNotice.id());
        assertThat(ids(withSquareBrackets).getFirst()).isEqualTo(xihuNotice.id());
        assertThat(ids(byUscc)).containsExactlyInAnyOrder(xihuNotice.id(), xihuEvidence.id());
    }

    static Stream<Arguments> viewers() {
        return Stream.of(
                Arguments.of("province", Set.of("xihuNotice", "ningboNotice", "xihuEvidence", "neighbourFinding")),
                Arguments.of("city", Set.of("xihuNotice", "xihuEvidence", "neighbourFinding")),
                Arguments.of("county", Set.of("xihuNotice", "xihuEvidence", "neighbourFinding")),
                // its own notice; not its own evidence (the agency's case file), not the neighbour's finding
                Arguments.of("enterprise", Set.of("xihuNotice")));
    }

    @ParameterizedTest(name = "{0} finds exactly {1}")
    @MethodSource("viewers")
    void each_viewer_finds_exactly_its_jurisdiction(String viewer, Set<String> visible) {
        Map<String, String> labels = labels();
        for (String query : List.of("", "q=" + enc("整改") + "&", "sort=date&")) {
            JsonNode result = ok(viewer(viewer), query + "campaignId=" + notices);

            assertThat(ids(result).stream().map(labels::get).toList())
                    .as(viewer + " with " + query)
                    .containsExactlyInAnyOrderElementsOf(visible);
            assertThat(result.path("total").asLong()).isEqualTo(visible.size());
        }
    }

    @Test
    void a_county_never_sees_another_countys_record_however_it_asks() {
        String number = (String) ningboNotice.fields.get(SearchFields.DOCUMENT_NUMBER);
        List<String> attempts = List.of(
                "q=" + enc(number),
                "q=" + ningboUscc,
                "documentNumber=" + enc(number),
                "enterprise=" + ningboUscc,
                "regionCode=" + NINGBO,
                "regionCode=330200&q=" + enc("整改"),
                "regionCode=330000&campaignId=" + notices,
                "q=" + enc(number) + "&regionCode=" + NINGBO + "&type=DOCUMENT");

        for (String attempt : attempts) {
            JsonNode result = ok(county, attempt);
            assertThat(ids(result)).as(attempt).doesNotContain(ningboNotice.id());
            assertThat(result.path("facets").toString()).as(attempt).doesNotContain(NINGBO);
        }
        assertThat(ok(county, "regionCode=" + NINGBO).path("total").asLong()).isZero();
        // free text may match other records of the city by words of the number; the exact filter must find nothing
        assertThat(ids(ok(city, "q=" + enc(number)))).doesNotContain(ningboNotice.id());
        assertThat(ok(city, "documentNumber=" + enc(number)).path("total").asLong())
                .isZero();
        assertThat(ids(ok(province, "q=" + enc(number)))).contains(ningboNotice.id());
    }

    @Test
    void an_enterprise_user_finds_only_its_own_enterprise() {
        JsonNode everything = ok(enterprise, "size=100");
        JsonNode neighbour = ok(enterprise, "enterprise=" + neighbourUscc);
        JsonNode evidence = ok(enterprise, "type=EVIDENCE&campaignId=" + notices);

        for (JsonNode item : everything.path("items")) {
            assertThat(item.path("enterpriseUscc").asText()).isEqualTo(xihuUscc);
            assertThat(item.path("type").asText()).isNotEqualTo("EVIDENCE");
        }
        assertThat(neighbour.path("total").asLong()).isZero();
        assertThat(evidence.path("total").asLong()).isZero();
    }

    @Test
    void facets_count_within_the_jurisdiction_and_the_filters() {
        JsonNode countyAll = ok(county, "campaignId=" + campaign);
        JsonNode countyFindings = ok(county, "campaignId=" + campaign + "&type=FINDING");
        JsonNode cityView = ok(city, "campaignId=" + campaign);
        JsonNode provinceView = ok(province, "campaignId=" + campaign + "&industry=c30");

        assertThat(countyAll.path("total").asLong()).isEqualTo(count(XIHU, null, null));
        assertThat(countyAll.at("/facets/type/FINDING").asLong()).isEqualTo(count(XIHU, DocType.FINDING, null));
        assertThat(countyAll.at("/facets/type/DOCUMENT").asLong()).isEqualTo(count(XIHU, DocType.DOCUMENT, null));
        assertThat(countyAll.at("/facets/region").toString())
                .isEqualTo("{\"" + XIHU + "\":" + count(XIHU, null, null) + "}");
        assertThat(countyFindings.at("/facets/type").size()).isEqualTo(1);
        assertThat(countyFindings.at("/facets/ruleStandard/GB 16780").asLong())
                .isEqualTo(count(XIHU, DocType.FINDING, null));
        long findingKinds = 0;
        for (var kind : List.of("OVER_QUOTA", "OBSOLETE_EQUIPMENT", "NO_METERING")) {
            assertThat(countyFindings.at("/facets/findingKind/" + kind).asLong())
                    .as(kind)
                    .isEqualTo(countKind(XIHU, kind));
            findingKinds += countKind(XIHU, kind);
        }
        assertThat(findingKinds).isEqualTo(countyFindings.path("total").asLong());
        assertThat(cityView.at("/facets/region/" + XIHU).asLong()).isEqualTo(count(XIHU, null, null));
        assertThat(cityView.at("/facets/region/" + YUHANG).asLong()).isEqualTo(count(YUHANG, null, null));
        assertThat(cityView.at("/facets/region").size()).isEqualTo(2);
        assertThat(provinceView.at("/facets/industry").toString()).isEqualTo("{\"C3011\":13}");
        assertThat(provinceView.at("/facets/region/330100").asLong()).isEqualTo(count("3301", null, "C3011"));
        assertThat(provinceView.at("/facets/region/330200").asLong()).isEqualTo(count("3302", null, "C3011"));
    }

    @Test
    void without_a_query_the_newest_come_first() {
        JsonNode result = ok(province, "campaignId=" + campaign + "&size=100");
        JsonNode explicit = ok(province, "campaignId=" + campaign + "&size=100&sort=date&q=" + enc("节能监察"));

        for (JsonNode page : List.of(result, explicit)) {
            List<String> dates = new ArrayList<>();
            page.path("items").forEach(i -> dates.add(i.path("date").asText()));
            assertThat(dates).hasSize(25).isSortedAccordingTo((x, y) -> y.compareTo(x));
        }
        assertThat(result.path("next").isNull()).isTrue();
    }

    @Test
    void from_and_to_are_china_dates_inclusive() {
        long marker = TestRecords.unique();
        Doc lateNight = a(DocType.CASE)
                .inCounty(XIHU)
                .inCampaign(marker)
                .titled("凌晨立案")
                .with(SearchFields.DATE, "2026-03-01T17:30:00Z"); // 2026-03-02 01:30 in Hangzhou
        Doc dayBefore =
                a(DocType.CASE).inCounty(XIHU).inCampaign(marker).titled("前一天").on(LocalDate.of(2026, 3, 1));
        TestRecords.index(client, List.of(lateNight, dayBefore));

        JsonNode second = ok(county, "campaignId=" + marker + "&from=2026-03-02&to=2026-03-02");
        JsonNode first = ok(county, "campaignId=" + marker + "&to=2026-03-01");
        JsonNode window = ok(province, "campaignId=" + campaign + "&from=2026-01-03&to=2026-01-04");

        assertThat(ids(second)).containsExactly(lateNight.id());
        assertThat(second.at("/items/0/date").asText()).isEqualTo("2026-03-02");
        assertThat(ids(first)).containsExactly(dayBefore.id());
        assertThat(window.path("total").asLong())
                .isEqualTo(campaignDocs.stream()
                        .filter(d -> Set.of("2026-01-03", "2026-01-04").contains(d.fields.get(SearchFields.DATE)))
                        .count());
    }

    @ParameterizedTest(name = "paging with [{0}]")
    @ValueSource(
            strings = {"sort=date", "q=%E8%8A%82%E8%83%BD%E7%9B%91%E5%AF%9F", "q=%E6%95%B4%E6%94%B9&sort=relevance"})
    void three_pages_follow_each_other_without_overlap(String order) {
        String base = "campaignId=" + campaign + "&size=10&" + order;
        List<String> all = ids(ok(province, "campaignId=" + campaign + "&size=100&" + order));
        List<String> paged = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();

        JsonNode page = ok(province, base);
        while (true) {
            sizes.add(page.path("items").size());
            paged.addAll(ids(page));
            assertThat(page.path("total").asLong()).isEqualTo(25);
            if (page.path("next").isNull()) {
                break;
            }
            page = ok(province, base + "&after=" + page.path("next").asText());
        }

        assertThat(sizes).containsExactly(10, 10, 5);
        assertThat(new LinkedHashSet<>(paged)).hasSize(25);
        assertThat(paged).isEqualTo(all);
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(
            strings = {
                "\"title:* OR (",
                "\\\"",
                "+-&&||!(){}[]^\"~*?:\\/",
                "*",
                "type:EVIDENCE OR regionChain:330203",
                "<script>alert(1)</script>",
                "/.*/",
                "整改 AND NOT 通知书",
                "  "
            })
    void query_syntax_in_q_is_plain_text(String q) {
        Api.Response response = county.get("/api/v1/search?q=" + enc(q));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(ids(response.json())).doesNotContain(ningboNotice.id());
    }

    @Test
    void highlighted_text_is_html_escaped() {
        Doc hostile = a(DocType.ANSWER)
                .inCounty(XIHU)
                .of(xihuUscc, "杭州西湖热电有限公司")
                .inCampaign(TestRecords.unique())
                .titled("整改回复")
                .saying("<img src=x onerror=alert(1)> 已完成整改")
                .on(LocalDate.of(2026, 4, 1));
        TestRecords.index(client, List.of(hostile));

        JsonNode result = ok(county, "q=" + enc("整改") + "&campaignId=" + hostile.fields.get(SearchFields.CAMPAIGN_ID));

        String highlight = item(result, hostile.id()).path("highlight").toString();
        assertThat(highlight).contains("&lt;img").contains("<em>整改</em>").doesNotContain("<img");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("q=" + "节".repeat(500), "q"),
                Arguments.of("q=" + "a".repeat(201), "q"),
                Arguments.of("type=NOPE", "type"),
                Arguments.of("type=FINDING&type=NOPE", "type"),
                Arguments.of("from=2026-13-01", "from"),
                Arguments.of("to=2026-02-30", "to"),
                Arguments.of("from=yesterday", "from"),
                Arguments.of("from=2026-03-01&to=2026-02-01", "to"),
                Arguments.of("size=0", "size"),
                Arguments.of("size=1000", "size"),
                Arguments.of("size=ten", "size"),
                Arguments.of("after=garbage", "after"),
                Arguments.of("after=" + SearchCursor.encode(Sorting.RELEVANCE, List.of(1.5, 1L, "CASE:1")), "after"),
                Arguments.of("after=eyJzIjoiREFURSIsInYiOlsieCIsMV19", "after"),
                Arguments.of("sort=popularity", "sort"),
                Arguments.of("regionCode=33", "regionCode"),
                Arguments.of("industry=" + enc("C30' OR 1=1"), "industry"),
                Arguments.of("enterprise=123", "enterprise"),
                Arguments.of("agencyId=-1", "agencyId"),
                Arguments.of("campaignId=abc", "campaignId"),
                Arguments.of("documentNumber=" + "号".repeat(101), "documentNumber"));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("badInput")
    void bad_input_is_a_422_naming_the_field(String query, String field) {
        Api.Response response = county.get("/api/v1/search?" + query);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemFields()).contains(field);
    }

    @Test
    void several_bad_values_are_reported_together() {
        Api.Response response = county.get("/api/v1/search?type=NOPE&size=0&from=2026-13-01");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problemFields()).containsExactlyInAnyOrder("type", "size", "from");
    }

    @Test
    void anonymous_callers_are_turned_away() {
        assertThat(Api.anonymous(port).get("/api/v1/search?q=x").status()).isEqualTo(401);
    }

    private long count(String regionPrefix, DocType type, String industry) {
        return campaignDocs.stream()
                .filter(d -> ((String) d.fields.get(SearchFields.REGION_CODE)).startsWith(regionPrefix))
                .filter(d -> type == null || type.name().equals(d.fields.get(SearchFields.TYPE)))
                .filter(d -> industry == null || industry.equals(d.fields.get(SearchFields.INDUSTRY_CODE)))
                .count();
    }

    private long countKind(String county, String kind) {
        return campaignDocs.stream()
                .filter(d -> county.equals(d.fields.get(SearchFields.REGION_CODE)))
                .filter(d -> kind.equals(d.fields.get(SearchFields.FINDING_KIND)))
                .count();
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        labels.put(xihuNotice.id(), "xihuNotice");
        labels.put(ningboNotice.id(), "ningboNotice");
        labels.put(xihuEvidence.id(), "xihuEvidence");
        labels.put(neighbourFinding.id(), "neighbourFinding");
        return labels;
    }

    private Api viewer(String name) {
        return switch (name) {
            case "province" -> province;
            case "city" -> city;
            case "county" -> county;
            default -> enterprise;
        };
    }

    private static JsonNode ok(Api api, String query) {
        Api.Response response = api.get("/api/v1/search?" + query);
        assertThat(response.status()).as(query + " → " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private static JsonNode item(JsonNode result, String id) {
        for (JsonNode item : result.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + result);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
