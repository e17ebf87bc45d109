package cn.energyinspect.app.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Tells the kind of a file from its magic bytes. Only the accepted formats need to be exact; the others are named so
 * that a refusal can say what the upload looked like.
 */
final class ContentSniffer {
    /** Enough for every signature below, including the compatible brands of an ISO-BMFF {@code ftyp} box. */
    static final int HEADER_LENGTH = 64;

    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis");
    private static final Set<String> GENERIC_HEIF_BRANDS = Set.of("mif1", "msf1");

    private ContentSniffer() {}

    static ContentKind sniff(byte[] header) {
        if (startsWith(header, 0, 0xFF, 0xD8, 0xFF)) return ContentKind.JPEG;
        if (startsWith(header, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return ContentKind.PNG;
        if (startsWith(header, 0, '%', 'P', 'D', 'F', '-')) return ContentKind.PDF;
        if (startsWith(header, 4, 'f', 't', 'y', 'p')) return isoMedia(header);
        if (startsWith(header, 0, 'G', 'I', 'F', '8')) return ContentKind.GIF;
        if (startsWith(header, 0, 'R', 'I', 'F', 'F') && startsWith(header, 8, 'W', 'E', 'B', 'P')) {
            return ContentKind.WEBP;
        }
        if (startsWith(header, 0, 'P', 'K', 0x03, 0x04) || startsWith(header, 0, 'P', 'K', 0x05, 0x06)) {
            return ContentKind.ZIP;
        }
        if (startsWith(header, 0, 0x7F, 'E', 'L', 'F')) return ContentKind.ELF;
        if (startsWith(header, 0, 'M', 'Z')) return ContentKind.WINDOWS_EXECUTABLE;
        if (isMachO(header)) return ContentKind.MACH_O;
        if (startsWith(header, 0, '#', '!')) return ContentKind.SCRIPT;
        return ContentKind.UNKNOWN;
    }

    /**
     * ISO base media files (HEIC, AVIF, MP4, MOV) share the {@code ftyp} box; its major brand and compatible brands tell
     * them apart. A generic HEIF brand ({@code mif1}) is HEIC unless an AVIF brand is listed.
     */
    private static ContentKind isoMedia(byte[] header) {
        String major = brandAt(header, 8);
        if (HEIC_BRANDS.contains(major)) return ContentKind.HEIC;
        if (major.equals("avif") || major.equals("avis")) return ContentKind.AVIF;
        if (!GENERIC_HEIF_BRANDS.contains(major)) return ContentKind.MP4;
        long boxSize = ((header[0] & 0xFFL) << 24)
                | ((header[1] & 0xFF) << 16)
                | ((header[2] & 0xFF) << 8)
                | (header[3] & 0xFF);
        // sizes 0 ("to end of file") and 1 ("64-bit size follows") do not bound the box within the header
        int boxEnd = boxSize < 16 ? header.length : (int) Math.min(header.length, boxSize);
        for (int offset = 16; offset + 4 <= boxEnd; offset += 4) {
            String brand = brandAt(header, offset);
            if (brand.equals("avif") || brand.equals("avis")) return ContentKind.AVIF;
        }
        return ContentKind.HEIC;
    }

    private static boolean isMachO(byte[] header) {
        return startsWith(header, 0, 0xFE, 0xED, 0xFA, 0xCE)
                || startsWith(header, 0, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(header, 0, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(header, 0, 0xCF, 0xFA, 0xED, 0xFE);
    }

    private static String brandAt(byte[] header, int offset) {
        if (header.length < offset + 4) return "";
        return new String(Arrays.copyOfRange(header, offset, offset + 4), StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] header, int offset, int... signature) {
        if (header.length < offset + signature.length) return false;
        for (int i = 0; i < signature.length; i++) {
            if ((header[offset + i] & 0xFF) != signature[i]) return false;
        }
        return true;
    }
}
