package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.Workbooks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/v1/cases/export.xlsx}: the case list's filters and jurisdiction, as an Excel file. */
@IntegrationTest
class CaseExportApiTest {
    private static final String EXPORT = "/api/v1/cases/export.xlsx";

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Test
    void the_export_holds_exactly_the_filtered_cases_and_nothing_outside_the_callers_county() {
        CaseSteps xihu = new CaseSteps(port, worlds.create("330106"));
        String first = xihu.open("MANUAL").path("caseNumber").asText();
        String second = xihu.open("COMPLAINT").path("caseNumber").asText();
        CaseSteps haishu = new CaseSteps(port, worlds.create("330203"));
        String elsewhere = haishu.open("MANUAL").path("caseNumber").asText();

        Api.Download export = xihu.supervisor.download(EXPORT + "?enterprise=" + xihu.world.enterpriseUscc());

        assertThat(export.status()).as(export.asResponse().body()).isEqualTo(200);
        assertThat(export.contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(export.contentDisposition())
                .startsWith("attachment")
                .contains("filename*=UTF-8''%E7%9B%91%E5%AF%9F%E6%A1%88%E4%BB%B6-") // 监察案件-
                .endsWith(".xlsx");
        List<List<String>> rows = Workbooks.read(export.bytes(), 0);
        assertThat(rows.get(0))
                .containsExactly("案件编号", "企业名称", "统一社会信用代码", "行政区划代码", "行政区划", "监察类型", "状态", "立案日期", "整改期限", "结案日期");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactlyInAnyOrder(first, second);
        List<String> line = rows.get(1);
        assertThat(line.get(1)).startsWith("测试水泥厂");
        assertThat(line.get(2)).isEqualTo(xihu.world.enterpriseUscc());
        assertThat(line.subList(3, 7)).containsExactly("330106", "西湖区", "现场监察", "已立案");
        assertThat(line.get(7)).matches("\\d{4}-\\d{2}-\\d{2}");

        List<List<String>> everything =
                Workbooks.read(xihu.supervisor.download(EXPORT).bytes(), 0);
        assertThat(everything).extracting(r -> r.get(0)).contains(first, second).doesNotContain(elsewhere);
        assertThat(everything.subList(1, everything.size()))
                .extracting(r -> r.get(3))
                .allMatch(code -> code.equals("330106"));

        List<List<String>> desk = Workbooks.read(
                xihu.supervisor
                        .download(EXPORT + "?type=DESK&enterprise=" + xihu.world.enterpriseUscc())
                        .bytes(),
                0);
        assertThat(desk).as("only the header row").hasSize(1);
    }

    @Test
    void a_bad_filter_is_refused_as_the_list_refuses_it() {
        Api supervisor = new CaseSteps(port, worlds.create("330106")).supervisor;

        for (String query : List.of("status=NOPE", "regionCode=12", "from=2026-13-01")) {
            Api.Response list = supervisor.get("/api/v1/cases?" + query);
            Api.Response export = supervisor.download(EXPORT + "?" + query).asResponse();

            assertThat(export.status()).as(query).isEqualTo(422).isEqualTo(list.status());
            assertThat(export.contentType()).startsWith("application/problem+json");
            assertThat(export.problemFields()).as(query).isEqualTo(list.problemFields());
        }
    }
}
