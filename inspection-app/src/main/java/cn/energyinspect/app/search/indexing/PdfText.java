package cn.energyinspect.app.search.indexing;

import cn.energyinspect.app.evidence.EvidenceStore;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The text of a stored PDF, extracted with PDFBox. Stored files are content-addressed (the key is the SHA-256), so a
 * key's text never changes: it is cached, and a case re-indexed for a status change does not parse its PDFs again.
 */
@Component
class PdfText implements DocumentText {
    private static final Logger log = LoggerFactory.getLogger(PdfText.class);
    /** Enough for any notice or report; a 500-page scan with OCR text would otherwise bloat the index. */
    static final int MAX_CHARS = 200_000;

    private static final int CACHED_FILES = 2_000;

    private final EvidenceStore store;
    private final Map<String, Optional<String>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > CACHED_FILES;
        }
    };

    PdfText(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> ofPdf(String storageKey) {
        synchronized (cache) {
            Optional<String> known = cache.get(storageKey);
            if (known != null) {
                return known;
            }
        }
        Optional<String> text = extract(storageKey);
        if (text == null) {
            return Optional.empty(); // unreadable now: not cached, the next re-index tries again
        }
        synchronized (cache) {
            cache.put(storageKey, text);
        }
        return text;
    }

    /** The text, empty for a PDF without text, null when the file cannot be read or parsed. */
    private Optional<String> extract(String storageKey) {
        try (InputStream in = store.open(storageKey);
                PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            String text = new PDFTextStripper().getText(pdf).strip();
            if (text.isEmpty()) {
                return Optional.empty(); // a scan: findable by its metadata only
            }
            return Optional.of(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        } catch (Exception | LinkageError e) {
            log.warn(
                    "S-SEARCH-PDF-UNREADABLE key={} error={}",
                    storageKey,
                    e.getClass().getSimpleName());
            return null;
        }
    }
}
