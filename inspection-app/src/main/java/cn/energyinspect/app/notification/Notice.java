package cn.energyinspect.app.notification;

import java.util.Objects;

/**
 * A message to publish.
 *
 * @param link the page it opens, e.g. {@code /cases/12} or {@code /workbench?task=…}
 * @param caseId the case it is about, when any (the case page lists who was told)
 * @param taskId the workflow task it is about, when any
 * @param planId the campaign plan it is about, when any
 * @param dedupeKey the same key for the same event: a recipient gets one message per key
 */
public record Notice(
        NoticeKind kind,
        String title,
        String body,
        String link,
        Long caseId,
        String taskId,
        Long planId,
        Audience audience,
        String dedupeKey) {
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        title = clip(title, 200);
        body = body == null ? null : clip(body, 1000);
        if (dedupeKey.length() > 160) {
            throw new IllegalArgumentException("dedupe key longer than 160 characters: " + dedupeKey);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
