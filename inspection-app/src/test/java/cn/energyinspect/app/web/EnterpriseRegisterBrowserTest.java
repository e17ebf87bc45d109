package cn.energyinspect.app.web;

import static cn.energyinspect.app.support.EnterpriseBuilder.freshUscc;
import static cn.energyinspect.app.support.Workbooks.aWorkbook;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestFixtures;
import cn.energyinspect.app.support.browser.BrowserExtension;
import cn.energyinspect.app.support.browser.WebSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The enterprise register in the browser, for a city supervisor of 玉林 (450900, no other test registers there): a
 * wrong 统一社会信用代码 is refused with the API's message next to the field, and an Excel list with one bad row is
 * reported row by row and imported without it only when the user chooses "仅导入有效行".
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class EnterpriseRegisterBrowserTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADER = {
        "统一社会信用代码", "企业名称", "行政区划代码", "行业代码", "年综合能耗（吨标准煤）", "能耗年份", "重点用能单位", "联系人", "联系电话"
    };

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_wrong_credit_code_is_shown_next_to_its_field_and_nothing_is_stored(Page page) {
        String yulin = users.create(Role.SUPERVISOR, "450900");
        String wrong = wrongCheckCharacter(freshUscc("450902"));

        WebSession.signIn(page, port, yulin, "/workbench");
        page.locator("[data-test=side-menu]").getByText("企业名录").click();
        page.locator("[data-test=enterprise-new]").click();
        Locator dialog = page.locator("[data-test=enterprise-dialog]");
        dialog.locator("[data-test=field-uscc]").fill(wrong);
        dialog.locator("[data-test=field-name]").fill("玉林测试建材有限公司");
        dialog.locator("[data-test=field-region]").click();
        page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("玉州区"))
                .click();
        dialog.locator("[data-test=field-industry]").fill("C3011");
        dialog.locator("[data-test=enterprise-save]").click();

        Map<String, Object> same = new LinkedHashMap<>();
        same.put("uscc", wrong);
        same.put("name", "玉林测试建材有限公司");
        same.put("regionCode", "450902");
        same.put("industryCode", "C3011");
        Api.Response refused = Api.as(port, yulin).post("/api/v1/enterprises", same);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("uscc");
        String message = refused.json().path("errors").get(0).path("message").asText();
        Locator usccItem = dialog.locator(".el-form-item", new Locator.LocatorOptions().setHasText("统一社会信用代码"));
        assertThat(usccItem.locator(".el-form-item__error")).hasText(message);
        assertThat(dialog.locator(".el-form-item__error")).hasCount(1);
        assertThat(dialog).isVisible();
        BrowserExtension.screenshot(page, "enterprise-create-bad-credit-code");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE uscc = ?", Integer.class, wrong))
                .isZero();
    }

    @Test
    void an_excel_list_with_one_bad_row_is_reported_and_only_its_valid_rows_are_imported(Page page) {
        String yulin = users.create(Role.SUPERVISOR, "450900");
        String[] first = valid("450902");
        String[] bad = valid("450903");
        bad[0] = wrongCheckCharacter(bad[0]);
        String[] third = valid("450921");
        byte[] file = aWorkbook().header(HEADER).row(first).row(bad).row(third).bytes();

        WebSession.signIn(page, port, yulin, "/workbench");
        page.navigate(WebSession.base(port) + "/enterprises");
        page.locator("[data-test=enterprise-import]").click();
        Locator dialog = page.locator("[data-test=import-dialog]");
        dialog.locator("input[type=file]").setInputFiles(new FilePayload("企业名录.xlsx", XLSX, file));

        assertThat(dialog.locator("[data-test=import-summary]")).containsText("共 3 行");
        assertThat(dialog.locator("[data-test=import-summary]")).containsText("有效 2");
        assertThat(dialog.locator("[data-test=import-summary]")).containsText("有误 1");
        Locator errors = dialog.locator("[data-test=import-errors] .el-table__body .el-table__row");
        assertThat(errors).hasCount(1);
        assertThat(errors.first().locator("td").first()).hasText("3");
        assertThat(errors.first()).containsText("统一社会信用代码");
        assertThat(dialog.locator("[data-test=import-all]")).isDisabled();
        BrowserExtension.screenshot(page, "enterprise-import-row-report");
        assertThat(registered(first[0], bad[0], third[0]))
                .as("nothing before the user chooses")
                .isZero();

        dialog.locator("[data-test=import-valid-only]").click();
        assertThat(dialog).isHidden();
        page.locator("[data-test=enterprise-table]").waitFor();
        BrowserExtension.screenshot(page, "enterprise-import-valid-rows-imported");

        assertThat(registered(first[0], third[0])).isEqualTo(2);
        assertThat(registered(bad[0])).isZero();
        assertThat(Api.as(port, yulin)
                        .get("/api/v1/enterprises/" + third[0])
                        .json()
                        .path("name")
                        .asText())
                .isEqualTo(third[1]);
    }

    private int registered(String... usccs) {
        int n = 0;
        for (String uscc : usccs) {
            n += jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE uscc = ?", Integer.class, uscc);
        }
        return n;
    }

    /** A row that passes every rule, in the order of {@link #HEADER}. */
    private static String[] valid(String region) {
        String uscc = freshUscc(region);
        return new String[] {
            uscc, "玉林导入测试" + uscc.substring(8, 16) + "有限公司", region, "C3011", "3200.5", "2025", "", "李四", "0775-2888666"
        };
    }

    private static String wrongCheckCharacter(String uscc) {
        return uscc.substring(0, 17) + (uscc.endsWith("0") ? "1" : "0");
    }
}
