package cn.energyinspect.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Content-addressed store of evidence files; see the package documentation for why it is built this way. */
@Component
public class EvidenceStore {
    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    private static final Pattern STORAGE_KEY = Pattern.compile("[0-9a-f]{64}");
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final int BUFFER_SIZE = 64 * 1024;

    private final EvidenceProperties settings;
    private final Path storeDir;
    private final Path tempDir;
    private final List<String> allowedMediaTypes;

    public EvidenceStore(EvidenceProperties settings) {
        this.settings = settings;
        this.storeDir = settings.storeDir().toAbsolutePath().normalize();
        // inside storeDir so that the final rename never crosses a file system; "tmp" cannot clash with the "ab" levels
        this.tempDir = storeDir.resolve("tmp");
        this.allowedMediaTypes = inDisplayOrder(settings);
        try {
            Files.createDirectories(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence store " + storeDir, e);
        }
        removeAbandonedUploads(Instant.now().minus(ABANDONED_AFTER));
    }

    /**
     * Stores an upload under the SHA-256 of its content. The stream is read once, in chunks, and not closed; reading
     * stops as soon as the size limit is exceeded, and a refused upload leaves nothing behind.
     */
    public StoredEvidence store(InputStream content, String originalFileName) throws EvidenceRejectedException {
        String name = FileNames.clean(originalFileName);
        try {
            byte[] header = content.readNBytes(ContentSniffer.HEADER_LENGTH);
            if (header.length == 0) throw rejected(EvidenceRejectedException.empty(), name);
            ContentKind kind = ContentSniffer.sniff(header);
            if (!allowedMediaTypes.contains(kind.mediaType())) {
                throw rejected(EvidenceRejectedException.typeNotAllowed(kind, allowedMediaTypes), name);
            }
            Path temp = Files.createTempFile(tempDir, "upload-", ".part");
            try {
                Written written = copyWithinLimit(header, content, temp, name);
                boolean stored = moveIntoPlace(temp, written.sha256());
                log.info(
                        "E-EVIDENCE-STORED key={} size={} type={} new={}",
                        written.sha256(),
                        written.size(),
                        kind.mediaType(),
                        stored);
                return new StoredEvidence(written.sha256(), written.sha256(), written.size(), kind.mediaType(), name);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence " + name, e);
        }
    }

    /** Opens a stored file for reading; the caller closes the stream. */
    public InputStream open(String storageKey) {
        if (!isStorageKey(storageKey)) throw new NoSuchEvidenceException();
        try {
            return Files.newInputStream(pathOf(storageKey));
        } catch (NoSuchFileException e) {
            throw new NoSuchEvidenceException();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open evidence " + storageKey, e);
        }
    }

    public boolean exists(String storageKey) {
        return isStorageKey(storageKey) && Files.isRegularFile(pathOf(storageKey));
    }

    private Written copyWithinLimit(byte[] header, InputStream content, Path temp, String name) throws IOException {
        long limit = settings.maxFileSize().toBytes();
        MessageDigest sha256 = sha256();
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            long size = withinLimit(header.length, name);
            append(out, sha256, header, header.length);
            byte[] buffer = new byte[BUFFER_SIZE];
            int length;
            // never asks for more than one byte beyond the limit: a 25 MB upload is not read to its end
            while ((length = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) >= 0) {
                size = withinLimit(size + length, name);
                append(out, sha256, buffer, length);
            }
            out.force(true);
            return new Written(HexFormat.of().formatHex(sha256.digest()), size);
        }
    }

    private long withinLimit(long size, String name) {
        if (size > settings.maxFileSize().toBytes()) {
            throw rejected(EvidenceRejectedException.tooLarge(settings.maxFileSize()), name);
        }
        return size;
    }

    private static void append(FileChannel out, MessageDigest sha256, byte[] bytes, int length) throws IOException {
        sha256.update(bytes, 0, length);
        out.write(ByteBuffer.wrap(bytes, 0, length));
    }

    /** Returns false when the same content was already stored (the temporary copy is then simply discarded). */
    private boolean moveIntoPlace(Path temp, String sha256) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) return false;
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false; // a concurrent upload of the same content won the race
        }
    }

    private void removeAbandonedUploads(Instant olderThan) {
        try (Stream<Path> temps = Files.list(tempDir)) {
            temps.filter(temp -> modifiedBefore(temp, olderThan)).forEach(temp -> {
                try {
                    Files.deleteIfExists(temp);
                    log.info("E-EVIDENCE-TEMP-REMOVED file={}", temp.getFileName());
                } catch (IOException e) {
                    log.warn("E-EVIDENCE-TEMP-KEPT file={} error={}", temp.getFileName(), e.toString());
                }
            });
        } catch (IOException e) {
            log.warn("E-EVIDENCE-TEMP-KEPT dir={} error={}", tempDir, e.toString());
        }
    }

    private static boolean modifiedBefore(Path file, Instant instant) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }

    private Path pathOf(String sha256) {
        return storeDir.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static boolean isStorageKey(String key) {
        return key != null && STORAGE_KEY.matcher(key).matches();
    }

    private static EvidenceRejectedException rejected(EvidenceRejectedException e, String name) {
        log.info("E-EVIDENCE-REJECTED reason={} name={}", e.reason(), name);
        return e;
    }

    private static List<String> inDisplayOrder(EvidenceProperties settings) {
        Stream<String> known = Stream.of(ContentKind.values()).map(ContentKind::mediaType);
        Stream<String> others = settings.allowedMediaTypes().stream().sorted();
        return Stream.concat(known, others)
                .filter(settings.allowedMediaTypes()::contains)
                .distinct()
                .toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Written(String sha256, long size) {}
}
