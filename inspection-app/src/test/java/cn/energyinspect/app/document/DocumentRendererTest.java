package cn.energyinspect.app.document;

import static cn.energyinspect.app.document.DocumentFixtures.ENTERPRISE;
import static cn.energyinspect.app.document.DocumentFixtures.USCC;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentRendererTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();

    @Test
    void inspection_notice_names_basis_content_time_inspectors_and_contact() throws IOException {
        RenderedDocument rendered = RENDERER.render(DocumentFixtures.inspectionNotice());

        String text = flat(text(rendered));
        assertThat(text)
                .contains("节能监察通知书", "浙节监通〔2026〕7号", ENTERPRISE, "统一社会信用代码", USCC)
                .contains("《中华人民共和国节约能源法》第十二条", "GB16780-2021", "现场监察")
                .contains("2026年6月10日9时30分起至2026年6月11日止")
                .contains("张明华", "33010020260001", "李晓燕", "33010020260002")
                .contains("陈思远", "0571-87050000", "浙江省节能监察中心", "2026年6月1日", "—1—");
        assertThat(rendered.kind()).isEqualTo(DocumentKind.INSPECTION_NOTICE);
        assertThat(rendered.fileName()).isEqualTo("节能监察通知书-浙节监通〔2026〕7号.pdf");
    }

    @Test
    void on_site_record_lists_checklist_readings_equipment_findings_and_signatures() throws IOException {
        RenderedDocument rendered = RENDERER.render(DocumentFixtures.onSiteRecord(null));

        String text = flat(text(rendered));
        assertThat(text)
                .contains("现场监察笔录", "浙节监记〔2026〕7号", ENTERPRISE, "统一社会信用代码", USCC)
                .contains("2026年6月10日9时30分至16时", "厂区、中央控制室、1号熟料生产线")
                .contains("张明华", "33010020260001", "李晓燕", "33010020260002", "王建国", "生产副总经理")
                .contains("不符合", "不适用", "1285637.5", "kW·h", "Y2-315L-4", "GB18613-2020", "GB19761-2020")
                .contains("现场负责人（签名）", "监察人员（签名）", "以上笔录已阅，与事实相符")
                .doesNotContain("拒绝签字");
        assertThat(text).contains(flat("1号熟料生产线2025年度熟料单位产品综合能耗高于GB 16780-2021规定的限定值。"));
        assertThat(text)
                .as("findings numbered once, with their basis; remarks and evidence hashes listed")
                .doesNotContain("1.1.")
                .contains("违反依据", "其他情况说明", flat("企业提供了2025年度能源统计台账原件。"), "所附证据", "熟料车间照片.jpg")
                .contains("3f0c8f8a1a6e8d5b9a4e2c1d0b7f6e5a");
    }

    @Test
    void on_site_record_notes_a_refusal_to_sign_with_its_reason() throws IOException {
        String text = flat(text(RENDERER.render(DocumentFixtures.onSiteRecord("对能耗核算结果有异议"))));

        assertThat(text).contains("拒绝签字", "对能耗核算结果有异议", "见证人（签名）").doesNotContain("与事实相符");
    }

    @Test
    void rectification_notice_gives_each_finding_its_basis_action_and_deadline_and_the_rights() throws IOException {
        RectificationNotice notice = DocumentFixtures.rectificationNotice(3);
        RenderedDocument rendered = RENDERER.render(notice);

        String text = flat(text(rendered));
        assertThat(text)
                .contains("限期整改通知书", "浙节监改〔2026〕12号", ENTERPRISE, "统一社会信用代码", USCC)
                .contains("张明华", "33010020260001", "李晓燕", "33010020260002")
                .contains("2026年7月15日前", "2026年12月31日前", "2027年1月10日前")
                .contains("60日内向浙江省人民政府申请行政复议", "6个月内依法向有管辖权的人民法院提起行政诉讼")
                .as("the enterprise was heard before the notice: the notice promises no 陈述申辩 the process refuses")
                .doesNotContain("陈述和申辩")
                .contains("（印章）", "2026年6月20日");
        for (FindingLine finding : notice.findings()) {
            assertThat(text)
                    .contains(flat(finding.description()), flat(finding.legalBasis()), flat(finding.requiredAction()));
        }
        assertThat(text).contains("GB16780-2021表1");
    }

    @Test
    void review_opinion_gives_each_verdict_and_a_conclusion_that_matches_them() throws IOException {
        ReviewOpinion opinion = DocumentFixtures.reviewOpinion();
        String text = flat(text(RENDERER.render(opinion)));

        assertThat(text)
                .contains("整改复查意见书", "浙节监复〔2026〕3号", ENTERPRISE, "统一社会信用代码", USCC)
                .contains("浙节监改〔2026〕12号", "2026年7月18日", "复查人员：陈思远")
                .contains(flat(ReviewResult.ACCEPTED.label()), flat(ReviewResult.REINSPECTION_ORDERED.label()))
                .contains(flat(ReviewResult.REJECTED.label()), "2026年8月31日前")
                .contains("本次共复查3项，其中已整改到位1项，责令继续整改1项，不予认可1项。")
                .contains("完成第3项的整改", "你单位对第4项未整改");
        assertThat(opinion.overallResult()).isEqualTo(ReviewResult.REJECTED);
    }

    @Test
    void fonts_are_embedded_subsets_and_pages_are_a4() throws IOException {
        for (OfficialDocument document : allDocuments()) {
            try (PDDocument pdf = Loader.loadPDF(RENDERER.render(document).pdf())) {
                for (PDPage page : pdf.getPages()) {
                    assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                    assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        assertThat(font.getName()).matches("[A-Z]{6}\\+NotoS(ans|erif)SC-Regular");
                    }
                }
            }
        }
    }

    @Test
    void a_notice_with_thirty_findings_flows_onto_more_pages_without_losing_text() throws IOException {
        RectificationNotice notice = DocumentFixtures.rectificationNotice(30);
        RenderedDocument rendered = RENDERER.render(notice);

        assertThat(rendered.pages()).isGreaterThan(1);
        String text = text(rendered);
        FindingLine last = notice.findings().getLast();
        assertThat(flat(text))
                .contains("30." + flat(last.description()))
                .contains(flat(last.legalBasis()), flat(last.requiredAction()), "2026年8月14日前")
                .contains("—" + rendered.pages() + "—");
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(rendered.pages());
        }
    }

    @Test
    void the_same_input_gives_the_same_bytes_and_the_hash_is_of_those_bytes() throws Exception {
        for (OfficialDocument document : allDocuments()) {
            RenderedDocument first = RENDERER.render(document);
            RenderedDocument second = new DocumentRenderer().render(document);

            assertThat(second.sha256()).isEqualTo(first.sha256());
            assertThat(second.pdf()).isEqualTo(first.pdf());
            assertThat(first.sha256())
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(first.pdf())));
        }
    }

    /** The parsed fonts are lent to one document at a time; renders on many threads give the sequential bytes. */
    @Test
    void concurrent_renders_sharing_the_parsed_fonts_give_the_same_bytes() throws Exception {
        DocumentRenderer renderer = new DocumentRenderer();
        List<OfficialDocument> documents = allDocuments();
        List<String> expected =
                documents.stream().map(d -> renderer.render(d).sha256()).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                runs.add(pool.submit(() ->
                        documents.stream().map(d -> renderer.render(d).sha256()).toList()));
            }
            for (var run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void metadata_comes_from_the_document_not_the_clock() throws IOException {
        RectificationNotice notice = DocumentFixtures.rectificationNotice(2);
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(notice).pdf())) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("限期整改通知书");
            assertThat(info.getSubject()).isEqualTo("浙节监改〔2026〕12号");
            assertThat(info.getAuthor()).isEqualTo("浙江省节能监察中心");
            assertThat(info.getCreationDate()
                            .toInstant()
                            .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                            .toLocalDate())
                    .isEqualTo(notice.header().issuedOn());
        }
    }

    @Test
    void file_names_keep_the_document_number_and_drop_path_characters() {
        assertThat(DocumentRenderer.fileName(DocumentKind.RECTIFICATION_NOTICE, "浙节监〔2026〕第0012号"))
                .isEqualTo("限期整改通知书-浙节监〔2026〕第0012号.pdf");
        assertThat(DocumentRenderer.fileName(DocumentKind.REVIEW_OPINION, "A/B:1"))
                .isEqualTo("整改复查意见书-A_B_1.pdf");
    }

    static List<OfficialDocument> allDocuments() {
        return List.of(
                DocumentFixtures.inspectionNotice(),
                DocumentFixtures.onSiteRecord(null),
                DocumentFixtures.rectificationNotice(3),
                DocumentFixtures.reviewOpinion());
    }

    static String text(RenderedDocument rendered) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Text without white space, so wrapped lines compare with the one-line input. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
