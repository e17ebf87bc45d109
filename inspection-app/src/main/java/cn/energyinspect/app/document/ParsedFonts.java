package cn.energyinspect.app.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The two CJK fonts parsed once and lent to one document at a time. Parsing them for every document took about 40 %
 * of a render (36 → 21 ms per rectification notice on this project's 2-core machine, same bytes). A parsed font
 * reads its tables lazily from one shared position, so it is not safe for two documents at once: a render borrows a
 * pair and gives it back after saving; when all are lent, a new pair is parsed, and a pair that finds the pool full
 * is closed. So the pool never blocks and holds at most {@value #IDLE} idle pairs.
 */
final class ParsedFonts {
    static final int IDLE = 4;

    record Pair(TrueTypeFont serif, TrueTypeFont sans) {}

    private final FontFiles files;
    private final BlockingQueue<Pair> idle = new ArrayBlockingQueue<>(IDLE);

    ParsedFonts(FontFiles files) {
        this.files = files;
    }

    Pair borrow() {
        Pair pair = idle.poll();
        return pair != null ? pair : new Pair(parse(files.serif()), parse(files.sans()));
    }

    void giveBack(Pair pair) {
        if (!idle.offer(pair)) {
            close(pair.serif());
            close(pair.sans());
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            // the buffer wraps the shared bytes without copying
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse an embedded font", e);
        }
    }

    private static void close(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException e) {
            // only a read buffer over our own bytes: nothing is lost
        }
    }
}
