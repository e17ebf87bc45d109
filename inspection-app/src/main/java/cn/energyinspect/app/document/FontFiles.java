package cn.energyinspect.app.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The shipped font files, read once. The arrays are only ever read (PDFBox wraps them in a read-only buffer per
 * document), so one instance is safe to share between threads.
 */
record FontFiles(byte[] serif, byte[] sans) {

    static final String SERIF = "fonts/NotoSerifSC-Regular.ttf";
    static final String SANS = "fonts/NotoSansSC-Regular.ttf";

    static FontFiles fromClasspath() {
        return new FontFiles(read(SERIF), read(SANS));
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
