package cn.energyinspect.app.approval;

import cn.energyinspect.app.evidence.StoredEvidence;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.time.BusinessTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to a 公示, filed by anyone without an account: name, contact, reasons and attachments (checked by
 * content). Accepted only within the 公示 (422 naming its last day afterwards), throttled per client address, and
 * stored once: the same objection sent again (same text and files) answers the receipt it already has.
 */
@Service
public class Objections {
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final ApprovalMapper approvals;
    private final ApprovalTransitions transitions;
    private final Applications applications;
    private final BusinessTime time;
    private final int perAddressPerHour;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    Objections(
            ApprovalMapper approvals,
            ApprovalTransitions transitions,
            Applications applications,
            BusinessTime time,
            ApprovalProperties properties) {
        this.approvals = approvals;
        this.transitions = transitions;
        this.applications = applications;
        this.time = time;
        this.perAddressPerHour = properties.objectionsPerAddressPerHour();
    }

    /** An attachment as received. */
    public record Attachment(String fileName, InputStream content) {}

    /** The receipt: its number, and whether this objection had been received before. */
    public record Receipt(String receiptNumber, boolean alreadyReceived, Instant receivedAt, LocalDate publicityEnd) {}

    @Transactional
    public Receipt file(
            String applicationNumber,
            String name,
            String contact,
            String reasons,
            List<Attachment> attachments,
            String clientAddress) {
        ApprovalRow row = approvals
                .findByNumber(applicationNumber)
                .filter(r -> r.publicityStart() != null)
                .orElseThrow(() -> Refusal.notFound("公示"));
        LocalDate today = time.today();
        if (row.status() != ApplicationStatus.PUBLICITY || today.isAfter(row.publicityEnd())) {
            throw new Refusal(
                    Refusal.Kind.VALIDATION_FAILED,
                    "公示期已于" + row.publicityEnd() + "结束，不再受理异议",
                    List.of(new FieldError("publicityEnd", "公示期已于" + row.publicityEnd() + "结束")),
                    Map.of("publicityEnd", row.publicityEnd().toString()));
        }
        List<FieldError> errors = new ArrayList<>();
        require(name, "name", "必填：异议人姓名或单位名称", 100, errors);
        require(contact, "contact", "必填：联系方式", 100, errors);
        require(reasons, "reasons", "必填：异议事实和理由", 4000, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        throttle(clientAddress);
        List<StoredEvidence> stored = new ArrayList<>();
        for (Attachment attachment : attachments) {
            stored.add(applications.store(attachment.content(), attachment.fileName()));
        }
        String hash = hash(name, contact, reasons, stored);
        var existing = approvals.objectionByHash(row.id(), hash);
        if (existing.isPresent()) {
            return new Receipt(
                    existing.get().receiptNumber(), true, existing.get().receivedAt(), row.publicityEnd());
        }
        Instant now = time.now();
        ApprovalMapper.ObjectionInsert insert = new ApprovalMapper.ObjectionInsert(
                row.id(),
                receiptNumber(today),
                row.publicityRound(),
                name.strip(),
                contact.strip(),
                reasons.strip(),
                hash,
                now);
        if (approvals.insertObjection(insert) != 1) {
            // the same objection arrived concurrently: answer the receipt the other request stored
            ApprovalMapper.ObjectionRow other =
                    approvals.objectionByHash(row.id(), hash).orElseThrow();
            return new Receipt(other.receiptNumber(), true, other.receivedAt(), row.publicityEnd());
        }
        List<Long> fileIds = new ArrayList<>();
        for (StoredEvidence file : stored) {
            ApprovalMapper.FileRow fileRow = new ApprovalMapper.FileRow(
                    null,
                    row.id(),
                    null,
                    "OBJECTION",
                    file.originalFileName(),
                    file.mediaType(),
                    file.sizeBytes(),
                    file.sha256(),
                    file.storageKey(),
                    "anonymous",
                    null);
            approvals.insertFile(fileRow);
            fileIds.add(approvals.files(row.id()).getLast().id());
        }
        if (!fileIds.isEmpty()) {
            approvals.attachToObjection(row.id(), insert.id, fileIds);
        }
        transitions.changed(
                row, "approval_objection", insert.id, "OBJECTION_RECEIVED", "anonymous", insert.receiptNumber);
        return new Receipt(insert.receiptNumber, false, now, row.publicityEnd());
    }

    private void throttle(String clientAddress) {
        String key = clientAddress == null ? "unknown" : clientAddress;
        Instant now = Instant.now();
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perAddressPerHour) {
                long wait =
                        Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds() + 1;
                throw new Refusal(
                        Refusal.Kind.TOO_MANY_ATTEMPTS,
                        "提交过于频繁，请" + Math.max(1, wait / 60) + "分钟后再试",
                        List.of(),
                        Map.of("retryAfterSeconds", wait));
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }

    private String receiptNumber(LocalDate today) {
        StringBuilder code = new StringBuilder("YY");
        code.append(today.format(DateTimeFormatter.BASIC_ISO_DATE)).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(RECEIPT_ALPHABET[random.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The objection's identity: its text (white space folded) and its files' content. */
    static String hash(String name, String contact, String reasons, List<StoredEvidence> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(fold(name), fold(contact), fold(reasons))) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            files.stream()
                    .map(StoredEvidence::sha256)
                    .sorted()
                    .forEach(sha -> digest.update(sha.getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fold(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static void require(String value, String field, String message, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "不能超过" + max + "字"));
        }
    }

    static InputStream open(org.springframework.web.multipart.MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
