package cn.energyinspect.app.evidence;

/**
 * An evidence file as stored.
 *
 * @param storageKey the key to {@link EvidenceStore#open open} it with (currently the SHA-256 in lower-case hex)
 * @param sha256 SHA-256 of the content, lower-case hex
 * @param sizeBytes size of the content
 * @param mediaType the media type sniffed from the content, e.g. {@code image/jpeg} for a JPEG named {@code .pdf}
 * @param originalFileName the uploader's file name, cleaned (last path segment, no control characters, ≤ 200 chars)
 */
public record StoredEvidence(
        String storageKey, String sha256, long sizeBytes, String mediaType, String originalFileName) {}
