package cn.energyinspect.app.document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * 整改复查意见书: item by item, what the enterprise did about each finding and whether it is accepted, and the
 * overall conclusion derived from those verdicts.
 *
 * @param header agency, number, date, enterprise; {@code issuedOn} not before {@code reviewedOn}
 * @param originalNoticeNumber the 文号 of the 限期整改通知书 being reviewed
 * @param originalNoticeDate its date
 * @param reviewedOn the day of the review, not before the original notice
 * @param lines one per finding reviewed, at least one, unique finding numbers; each new deadline after the review
 * @param remarks further remarks printed after the conclusion, or {@code null}
 * @param reviewers who really reviewed (the supervisor who decided, and the officers of a re-inspection), at least one
 */
public record ReviewOpinion(
        DocumentHeader header,
        String originalNoticeNumber,
        LocalDate originalNoticeDate,
        LocalDate reviewedOn,
        List<ReviewLine> lines,
        String remarks,
        List<String> reviewers)
        implements OfficialDocument {

    public ReviewOpinion {
        Check.present(header, "文书抬头（header）");
        Check.text(originalNoticeNumber, "原通知书文号（originalNoticeNumber）");
        Check.present(originalNoticeDate, "原通知书日期（originalNoticeDate）");
        Check.present(reviewedOn, "复查日期（reviewedOn）");
        if (reviewedOn.isBefore(originalNoticeDate)) {
            throw new IllegalArgumentException("复查日期（reviewedOn）早于原通知书日期");
        }
        if (header.issuedOn().isBefore(reviewedOn)) {
            throw new IllegalArgumentException("意见书成文日期（issuedOn）早于复查日期");
        }
        lines = Check.nonEmpty(lines, "复查事项（lines）");
        Check.uniqueNumbers(lines.stream().map(ReviewLine::findingNumber).toList(), "复查事项（lines）");
        for (ReviewLine line : lines) {
            if (line.newDeadline() != null && !line.newDeadline().isAfter(reviewedOn)) {
                throw new IllegalArgumentException("第" + line.findingNumber() + "项的新整改期限应晚于复查日期");
            }
        }
        Check.optionalText(remarks, "备注（remarks）");
        reviewers = Check.texts(Check.nonEmpty(reviewers, "复查人员（reviewers）"), "复查人员（reviewers）");
    }

    /** The worst verdict: {@code ACCEPTED} only when every finding is accepted. */
    public ReviewResult overallResult() {
        return lines.stream()
                .map(ReviewLine::result)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.REVIEW_OPINION;
    }
}
