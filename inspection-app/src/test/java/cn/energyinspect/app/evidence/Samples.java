package cn.energyinspect.app.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Tiny, genuinely valid files built on the fly, plus the first bytes of things that must be refused. */
final class Samples {
    private Samples() {}

    static byte[] png() {
        return image("png");
    }

    static byte[] jpeg() {
        return image("jpeg");
    }

    static byte[] pdf() {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code ftyp} box an iPhone writes at the start of a photo. */
    static byte[] heic() {
        return isoMedia("heic", "mif1", "heic");
    }

    /** Generic HEIF brand, but the compatible brands say AVIF. */
    static byte[] avif() {
        return isoMedia("mif1", "mif1", "avif", "miaf");
    }

    static byte[] elf() {
        return bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0);
    }

    static byte[] windowsExecutable() {
        return bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0);
    }

    static byte[] script() {
        return "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] zip() {
        return bytes('P', 'K', 3, 4, 20, 0, 0, 0, 8, 0);
    }

    static byte[] text() {
        return "整改报告：已更换电机".getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JPEG signature followed by zeros, {@code size} bytes in all, never held in memory. */
    static CountingInputStream jpegOfSize(long size) {
        byte[] signature = bytes(0xFF, 0xD8, 0xFF, 0xE0);
        return new CountingInputStream(
                new SequenceInputStream(new ByteArrayInputStream(signature), zeros(size - signature.length)));
    }

    private static InputStream zeros(long count) {
        return new InputStream() {
            private long remaining = count;

            @Override
            public int read() {
                if (remaining <= 0) return -1;
                remaining--;
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (length == 0) return 0;
                if (remaining <= 0) return -1;
                int n = (int) Math.min(length, remaining);
                Arrays.fill(buffer, offset, offset + n, (byte) 0);
                remaining -= n;
                return n;
            }
        };
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x2E7D32);
        try (var out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no ImageIO writer for " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] isoMedia(String majorBrand, String... compatibleBrands) {
        var box = new ByteArrayOutputStream();
        int size = 16 + 4 * compatibleBrands.length;
        box.writeBytes(bytes(size >>> 24, size >>> 16 & 0xFF, size >>> 8 & 0xFF, size & 0xFF));
        box.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
        box.writeBytes(majorBrand.getBytes(StandardCharsets.US_ASCII));
        box.writeBytes(bytes(0, 0, 0, 0));
        for (String brand : compatibleBrands) box.writeBytes(brand.getBytes(StandardCharsets.US_ASCII));
        box.writeBytes(bytes(0, 0, 0, 0x20, 'm', 'e', 't', 'a'));
        return box.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
        return bytes;
    }

    static InputStream streamOf(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    /** Counts the bytes the store actually pulled from the upload. */
    static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        long bytesRead() {
            return count;
        }
    }
}
