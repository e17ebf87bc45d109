package cn.energyinspect.app.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders an {@link OfficialDocument} as an A4 PDF with the Chinese fonts embedded as subsets. Thread-safe: the only
 * state is the font files, read once; each call builds its own PDF. Output depends on the input only (dates come from
 * {@link DocumentHeader#issuedOn()}), so the same document always gives the same bytes and SHA-256.
 */
@Component
public class DocumentRenderer {

    private static final Logger log = LoggerFactory.getLogger(DocumentRenderer.class);

    private final ParsedFonts fonts;

    public DocumentRenderer() {
        this.fonts = new ParsedFonts(FontFiles.fromClasspath());
    }

    /**
     * Lays out and saves the document.
     *
     * @return the complete PDF; never partial output
     * @throws UncheckedIOException when PDFBox fails
     * @throws IllegalArgumentException when a text contains a character the embedded fonts cannot show
     */
    public RenderedDocument render(OfficialDocument document) {
        Objects.requireNonNull(document, "document");
        long started = System.nanoTime();
        byte[] bytes;
        int pages;
        ParsedFonts.Pair lent = fonts.borrow();
        try (PDDocument pdf = new PDDocument()) {
            Flow flow = new Flow(Typography.embed(pdf, lent));
            Letterhead.compose(flow, document);
            switch (document) {
                case InspectionNotice notice -> InspectionNoticeLayout.compose(notice, flow);
                case OnSiteRecord record -> OnSiteRecordLayout.compose(record, flow);
                case RectificationNotice notice -> RectificationNoticeLayout.compose(notice, flow);
                case ReviewOpinion opinion -> ReviewOpinionLayout.compose(opinion, flow);
                case ApprovalDecision decision -> ApprovalDecisionLayout.compose(decision, flow);
            }
            List<List<Line>> laidOut = Paginator.paginate(flow.lines(), PageGeometry.HEIGHT);
            PdfFile.drawPages(pdf, laidOut, flow.type());
            PdfFile.describe(pdf, document);
            bytes = PdfFile.save(pdf);
            pages = laidOut.size();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot render " + document.kind() + " " + document.header().documentNumber(), e);
        } finally {
            fonts.giveBack(lent);
        }
        DocumentHeader header = document.header();
        log.debug(
                "Rendered {} {}: {} pages, {} bytes in {} ms",
                document.kind(),
                header.documentNumber(),
                pages,
                bytes.length,
                (System.nanoTime() - started) / 1_000_000);
        return new RenderedDocument(
                document.kind(),
                header.documentNumber(),
                bytes,
                PdfFile.sha256Hex(bytes),
                pages,
                fileName(document.kind(), header.documentNumber()));
    }

    /** 限期整改通知书-浙节监〔2026〕第0012号.pdf, with characters no file system accepts replaced. */
    static String fileName(DocumentKind kind, String documentNumber) {
        String safe = documentNumber.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return kind.title() + "-" + safe + ".pdf";
    }
}
