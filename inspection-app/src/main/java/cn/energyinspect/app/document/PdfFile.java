package cn.energyinspect.app.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** Draws laid-out pages, sets metadata from the document (never from the clock) and saves. */
final class PdfFile {

    /** Official dates are Beijing time. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PdfFile() {}

    static void drawPages(PDDocument pdf, List<List<Line>> pages, Typography type) throws IOException {
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage(PageGeometry.PAGE);
            pdf.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                Canvas canvas = new Canvas(stream);
                List<Line> lines = pages.get(p);
                float top = PageGeometry.TOP;
                for (int i = 0; i < lines.size(); i++) {
                    Line line = lines.get(i);
                    line.draw(canvas, top, i == 0, i == lines.size() - 1);
                    top -= line.height();
                }
                pageNumber(canvas, type.pageNumber(), p + 1);
            }
        }
    }

    /** "— 1 —", 4号, 7 mm below the 版心; odd pages right, even pages left, each 1 字 in (GB/T 9704 §7.5). */
    private static void pageNumber(Canvas canvas, TextStyle style, int number) throws IOException {
        String text = "— " + number + " —";
        float x =
                number % 2 == 1 ? PageGeometry.RIGHT - style.em() - style.width(text) : PageGeometry.LEFT + style.em();
        canvas.text(style, x, PageGeometry.BOTTOM - PageGeometry.PAGE_NUMBER_GAP - 0.6f * style.size(), text);
    }

    static void describe(PDDocument pdf, OfficialDocument document) {
        DocumentHeader header = document.header();
        GregorianCalendar issued = GregorianCalendar.from(header.issuedOn().atStartOfDay(ZONE));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.kind().title());
        info.setSubject(header.documentNumber());
        info.setAuthor(header.issuingAgency());
        info.setKeywords(header.enterpriseName() + "; " + header.enterpriseUscc());
        info.setCreator("EnergyInspect");
        info.setProducer("EnergyInspect / Apache PDFBox");
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        pdf.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
        // without an /ID PDFBox derives one from the clock; derive it from the content so equal input gives equal bytes
        byte[] id = Arrays.copyOf(sha256(document.toString().getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pdf.save(out);
        return out.toByteArray();
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
