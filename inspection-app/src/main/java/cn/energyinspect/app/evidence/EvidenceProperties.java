package cn.energyinspect.app.evidence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Evidence settings under {@code energyinspect.evidence}.
 *
 * @param storeDir where evidence files are kept; relative paths resolve against the working directory
 * @param maxFileSize the largest accepted upload; reading stops as soon as an upload exceeds it
 * @param allowedMediaTypes media types accepted, as sniffed from the content (not from the name)
 */
@ConfigurationProperties("energyinspect.evidence")
public record EvidenceProperties(Path storeDir, DataSize maxFileSize, Set<String> allowedMediaTypes) {
    static final Set<String> DEFAULT_MEDIA_TYPES = Set.of(
            ContentKind.JPEG.mediaType(),
            ContentKind.PNG.mediaType(),
            ContentKind.PDF.mediaType(),
            ContentKind.HEIC.mediaType());

    public EvidenceProperties {
        storeDir = storeDir == null ? Path.of("var", "evidence") : storeDir;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        if (maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("energyinspect.evidence.max-file-size must be positive: " + maxFileSize);
        }
        allowedMediaTypes = allowedMediaTypes == null || allowedMediaTypes.isEmpty()
                ? DEFAULT_MEDIA_TYPES
                : allowedMediaTypes.stream()
                        .map(type -> type.strip().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }
}
