package cn.energyinspect.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** Writes every page of each document to target/document-preview/ (100 dpi PNG) for a reviewer to look at. */
class DocumentPreviewTest {

    private static final Path PREVIEW = Path.of("target", "document-preview");

    @Test
    void renders_each_document_to_png_pages() throws IOException {
        DocumentRenderer renderer = new DocumentRenderer();
        Files.createDirectories(PREVIEW);
        Map<String, OfficialDocument> documents = Map.of(
                "inspection-notice", DocumentFixtures.inspectionNotice(),
                "on-site-record", DocumentFixtures.onSiteRecord(null),
                "on-site-record-refused", DocumentFixtures.onSiteRecord("对能耗核算结果有异议"),
                "rectification-notice", DocumentFixtures.rectificationNotice(3),
                "rectification-notice-30", DocumentFixtures.rectificationNotice(30),
                "review-opinion", DocumentFixtures.reviewOpinion());
        for (var entry : documents.entrySet()) {
            RenderedDocument rendered = renderer.render(entry.getValue());
            Files.write(PREVIEW.resolve(entry.getKey() + ".pdf"), rendered.pdf());
            try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
                PDFRenderer pages = new PDFRenderer(pdf);
                for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                    BufferedImage image = pages.renderImageWithDPI(p, 100);
                    Path file = PREVIEW.resolve(entry.getKey() + "-" + (p + 1) + ".png");
                    ImageIO.write(image, "png", file.toFile());
                    assertThat(image.getWidth()).isEqualTo(826); // 210 mm at 100 dpi
                }
            }
        }
    }
}
