package cn.energyinspect.app.document;

import java.util.Arrays;

/**
 * A finished PDF.
 *
 * @param kind which document
 * @param documentNumber its 文号
 * @param pdf the PDF bytes (copied in and out, so the record stays immutable)
 * @param sha256 lower-case hex SHA-256 of {@code pdf}, for the case file and the 送达 record
 * @param pages number of pages
 * @param fileName suggested file name, e.g. 限期整改通知书-浙节监〔2026〕第0012号.pdf
 */
public record RenderedDocument(
        DocumentKind kind, String documentNumber, byte[] pdf, String sha256, int pages, String fileName) {

    public RenderedDocument {
        Check.present(kind, "kind");
        Check.text(documentNumber, "documentNumber");
        Check.present(pdf, "pdf");
        Check.text(sha256, "sha256");
        Check.text(fileName, "fileName");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedDocument that
                && kind == that.kind
                && documentNumber.equals(that.documentNumber)
                && Arrays.equals(pdf, that.pdf)
                && sha256.equals(that.sha256)
                && pages == that.pages
                && fileName.equals(that.fileName);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + fileName + ", " + pages + " pages, " + pdf.length + " bytes, sha256=" + sha256
                + "]";
    }
}
