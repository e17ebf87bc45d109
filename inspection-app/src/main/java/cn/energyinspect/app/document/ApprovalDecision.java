package cn.energyinspect.app.document;

import java.util.List;
import java.util.Set;

/**
 * A project-approval decision (app/approval): the 公告 and 批复 of a capacity-replacement plan, the 通知 of a
 * white-list listing, and the 公告 of a suspension or withdrawal. The approval package writes the text; this record
 * only checks it is whole and printable, and the layout gives it the document's form.
 *
 * @param header issuing department, number, date and the applicant (as 申请单位)
 * @param kind one of the approval kinds of {@link DocumentKind}
 * @param addressee the line the text is addressed to (e.g. the applicant's name), or null for a public 公告
 * @param paragraphs the body, at least one paragraph
 * @param particulars label–value lines after the body (plan number, capacities, 公示 dates …), may be empty
 * @param closing 特此公告 / 特此批复 / 特此通知
 */
public record ApprovalDecision(
        DocumentHeader header,
        DocumentKind kind,
        String addressee,
        List<String> paragraphs,
        List<Particular> particulars,
        String closing)
        implements OfficialDocument {
    private static final Set<DocumentKind> KINDS = Set.of(
            DocumentKind.APPROVAL_ANNOUNCEMENT,
            DocumentKind.APPROVAL_REPLY,
            DocumentKind.WHITE_LIST_NOTICE,
            DocumentKind.APPROVAL_REVOCATION);

    /** One label–value line. */
    public record Particular(String label, String value) {
        public Particular {
            Check.text(label, "项目（label）");
            Check.text(value, "内容（value）");
        }
    }

    public ApprovalDecision {
        Check.present(header, "文书抬头（header）");
        Check.present(kind, "文书种类（kind）");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("审批文书种类只能是公告、批复或通知，不能是" + kind.title());
        }
        Check.optionalText(addressee, "主送（addressee）");
        paragraphs = Check.texts(Check.nonEmpty(paragraphs, "正文（paragraphs）"), "正文（paragraphs）");
        particulars = particulars == null ? List.of() : List.copyOf(particulars);
        Check.text(closing, "结束语（closing）");
    }
}
