package cn.energyinspect.app.approval;

import java.time.LocalDate;
import java.util.List;

/** One record per reviewer step's payload. */
public final class ReviewRequests {
    private ReviewRequests() {}

    /** City or province review: {@code PASS}, {@code RETURN} (with reasons) or {@code REFUSE} (with reasons). */
    public record Review(String outcome, String reasons) {}

    /** The 听证会 of a cross-province plan: when, who organised it, what it concluded; the record file, if uploaded. */
    public record Hearing(LocalDate heldOn, String organiser, String record, List<Long> fileIds) {}

    /** An objection verified: substantiated or not, always with reasons. */
    public record Verification(Boolean substantiated, String reasons) {}

    /** After the 公示: {@code CONTINUE}, {@code AMEND} (publish again) or {@code WITHDRAW}, with reasons. */
    public record Resolution(String outcome, String reasons) {}

    /** The decision: {@code APPROVE} or {@code REFUSE} (with reasons). */
    public record Decision(String outcome, String reasons) {}

    /** A follow-up milestone confirmed with the enterprise's evidence files. */
    public record Milestone(List<Long> fileIds, String remarks) {}

    /** A suspension or withdrawal of an approval ({@code SUSPEND}, {@code WITHDRAW}), with reasons. */
    public record Revocation(String kind, String reasons) {}

    /** A white-list listing's re-assessment: {@code KEEP} or {@code REVOKE}, with reasons. */
    public record Reassessment(String outcome, String reasons) {}
}
