package cn.energyinspect.app.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.search.SearchFields;
import cn.energyinspect.app.search.indexing.Sources.AnswerItemSource;
import cn.energyinspect.app.search.indexing.Sources.CaseSource;
import cn.energyinspect.app.search.indexing.Sources.DocumentSource;
import cn.energyinspect.app.search.indexing.Sources.EnterpriseSource;
import cn.energyinspect.app.search.indexing.Sources.EvidenceSource;
import cn.energyinspect.app.search.indexing.Sources.FindingSource;
import cn.energyinspect.app.search.indexing.Sources.ReviewSource;
import cn.energyinspect.app.search.indexing.Sources.StatementSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordDocumentsTest {
    static final Instant NOW = Instant.parse("2026-06-10T02:00:00Z");
    static final CaseSource CASE = new CaseSource(
            7,
            "西节监〔2026〕第0007号",
            3,
            "西湖区节能监察大队",
            "91330106MA00000000",
            "杭州测试水泥有限公司",
            "C3011",
            "330106",
            "330100",
            "330000",
            "MANUAL",
            "ON_SITE",
            "RECTIFYING",
            null,
            null,
            null,
            LocalDate.of(2026, 6, 8),
            NOW);
    static final CaseBundle BUNDLE = new CaseBundle(
            CASE,
            List.of(new FindingSource(
                    11,
                    7,
                    1,
                    "OVER_QUOTA",
                    "熟料单位产品综合能耗超过限额",
                    "GB 16780",
                    "2021",
                    "表1",
                    "《中华人民共和国节约能源法》第十六条",
                    null,
                    new BigDecimal("118.0000"),
                    new BigDecimal("117"),
                    "kgce/t",
                    "实施节能技术改造")),
            List.of(new DocumentSource(
                    21,
                    7,
                    "RECTIFICATION_NOTICE",
                    "西节监改〔2026〕7号",
                    "SERVED",
                    null,
                    "abc",
                    LocalDate.of(2026, 6, 10),
                    NOW)),
            List.of(
                    new EvidenceSource(31, 7, "验收报告.pdf", "application/pdf", "pdf-key", NOW, true),
                    new EvidenceSource(32, 7, "现场照片.png", "image/png", "png-key", NOW, false)),
            List.of(new AnswerItemSource(41, 7, 1, NOW, "已完成余热发电改造")),
            List.of(new StatementSource(7, 1, "我公司已启动改造", NOW)),
            List.of(new ReviewSource(51, 7, "ACCEPT", "整改到位", NOW)));

    final DocumentText pdfs = key -> key.equals("pdf-key") ? Optional.of("余热发电改造验收") : Optional.empty();

    @Test
    void every_field_of_every_document_is_in_the_strict_mapping() throws Exception {
        Set<String> mapped = mappedFields();
        List<IndexDoc> docs = new java.util.ArrayList<>(RecordDocuments.ofCase(BUNDLE, pdfs, NOW));
        docs.add(RecordDocuments.enterprise(
                new EnterpriseSource(
                        "91330106MA00000000", "杭州测试水泥有限公司", "330106", "330100", "330000", "西湖区", "C3011", true, NOW),
                NOW));
        Set<String> used =
                docs.stream().flatMap(d -> d.source().keySet().stream()).collect(Collectors.toSet());
        assertThat(mapped).containsAll(used);
        assertThat(docs)
                .extracting(d -> d.source().get(SearchFields.TYPE))
                .containsExactlyInAnyOrder(
                        "CASE",
                        "FINDING",
                        "DOCUMENT",
                        "EVIDENCE",
                        "EVIDENCE",
                        "ANSWER",
                        "ANSWER",
                        "REVIEW",
                        "ENTERPRISE");
    }

    @Test
    void every_document_of_a_case_carries_its_region_chain_enterprise_and_case() {
        for (IndexDoc doc : RecordDocuments.ofCase(BUNDLE, pdfs, NOW)) {
            assertThat(doc.source())
                    .containsEntry(SearchFields.REGION_CHAIN, List.of("330000", "330100", "330106"))
                    .containsEntry(SearchFields.REGION_CODE, "330106")
                    .containsEntry(SearchFields.ENTERPRISE_USCC, "91330106MA00000000")
                    .containsEntry(SearchFields.CASE_ID, 7L)
                    .containsEntry(SearchFields.CASE_NUMBER, "西节监〔2026〕第0007号")
                    .containsEntry(SearchFields.CASE_STATUS, "RECTIFYING");
            assertThat(doc.id()).startsWith(doc.source().get(SearchFields.TYPE) + ":");
        }
    }

    @Test
    void a_pdf_with_text_is_indexed_by_its_text_and_an_image_by_its_metadata_only() {
        Map<String, IndexDoc> byId =
                RecordDocuments.ofCase(BUNDLE, pdfs, NOW).stream().collect(Collectors.toMap(IndexDoc::id, d -> d));
        assertThat(byId.get("EVIDENCE:31").source())
                .containsEntry(SearchFields.TEXT, "余热发电改造验收")
                .containsEntry(SearchFields.TEXT_EXTRACTED, true);
        assertThat(byId.get("EVIDENCE:32").source())
                .containsEntry(SearchFields.TITLE, "现场照片.png")
                .containsEntry(SearchFields.TEXT_EXTRACTED, false)
                .doesNotContainKey(SearchFields.TEXT);
        assertThat(byId.get("FINDING:11").source())
                .containsEntry(SearchFields.MEASURED_VALUE, 118.0)
                .containsEntry(SearchFields.RULE_STANDARD, "GB 16780")
                .containsEntry(SearchFields.RULE_EDITION, "2021");
        assertThat(byId).containsKey(RecordDocuments.statementId(7, 1));
    }

    @Test
    void a_region_chain_has_only_the_tiers_that_exist() {
        assertThat(RecordDocuments.chain("330000", null, null)).containsExactly("330000");
        assertThat(RecordDocuments.chain("330100", "330000", null)).containsExactly("330000", "330100");
    }

    @Test
    void retries_back_off_exponentially_up_to_the_ceiling() {
        IndexingProperties settings = new IndexingProperties(null, null, null, null, null, null, null);
        assertThat(settings.retryDelay(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.retryDelay(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.retryDelay(40)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void numbers_lists_and_dates_compare_as_they_come_back_from_the_index() {
        assertThat(Consistency.same(7L, 7)).isTrue();
        assertThat(Consistency.same(118.0, 118)).isTrue();
        assertThat(Consistency.same(List.of("330000"), List.of("330000"))).isTrue();
        assertThat(Consistency.same("OPENED", "CLOSED")).isFalse();
    }

    private static Set<String> mappedFields() throws Exception {
        try (InputStream in = RecordDocumentsTest.class.getResourceAsStream(SearchFields.MAPPING_RESOURCE)) {
            JsonNode properties =
                    new ObjectMapper().readTree(in).path("mappings").path("properties");
            Set<String> names = new HashSet<>();
            properties.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }
}
