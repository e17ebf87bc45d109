package cn.energyinspect.app.evidence;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.util.unit.DataSize;

/**
 * An upload the store refuses. The message is for the end user (Chinese) and safe to show as a problem detail; {@link
 * #reason()} is for choosing the status (413 for {@link Reason#TOO_LARGE}, 422 for the others).
 */
public final class EvidenceRejectedException extends RuntimeException {
    private final Reason reason;

    private EvidenceRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        TOO_LARGE,
        TYPE_NOT_ALLOWED,
        EMPTY,
        NAME_INVALID
    }

    static EvidenceRejectedException tooLarge(DataSize limit) {
        return new EvidenceRejectedException(Reason.TOO_LARGE, "文件超过 " + readable(limit) + " 上限");
    }

    static EvidenceRejectedException typeNotAllowed(ContentKind kind, Collection<String> allowedMediaTypes) {
        String allowed =
                allowedMediaTypes.stream().map(EvidenceRejectedException::label).collect(Collectors.joining("、"));
        return new EvidenceRejectedException(
                Reason.TYPE_NOT_ALLOWED, "文件类型不允许：内容是" + spaced(kind.description()) + "，只接受" + spaced(allowed));
    }

    static EvidenceRejectedException empty() {
        return new EvidenceRejectedException(Reason.EMPTY, "文件是空的（0 字节）");
    }

    static EvidenceRejectedException nameInvalid() {
        return new EvidenceRejectedException(Reason.NAME_INVALID, "文件名无效：去掉路径和控制字符后为空");
    }

    /** Chinese typography: a space between a Chinese character and a Latin word that follows it. */
    private static String spaced(String text) {
        return !text.isEmpty() && text.charAt(0) < 0x80 ? " " + text : text;
    }

    private static String label(String mediaType) {
        for (ContentKind kind : ContentKind.values()) {
            if (kind.mediaType().equals(mediaType)) return kind.description();
        }
        return mediaType;
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) return size.toMegabytes() + " MB";
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) return size.toKilobytes() + " KB";
        return bytes + " 字节";
    }
}
