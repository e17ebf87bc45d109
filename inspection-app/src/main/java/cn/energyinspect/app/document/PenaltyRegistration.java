package cn.energyinspect.app.document;

import java.time.LocalDate;

/**
 * 立案审批表 (行政处罚法 Art. 54): the case's source, the party, the facts found and the article the penalty would rest on,
 * the officers who propose it and the approving supervisor's opinion.
 *
 * @param header agency, the form's number, the day of approval, the party
 * @param caseNumber the penalty case's number
 * @param source 案件来源, e.g. 节能监察移送（案件编号 …）
 * @param legalRepresentative 法定代表人 (负责人), or {@code null} while unknown
 * @param facts 案情摘要
 * @param article the article of 节约能源法 (citation and title)
 * @param proposedBy 承办人
 * @param approvedBy 审批人
 * @param opinion 审批意见
 */
public record PenaltyRegistration(
        DocumentHeader header,
        String caseNumber,
        String source,
        String legalRepresentative,
        String facts,
        String article,
        String proposedBy,
        String approvedBy,
        String opinion)
        implements OfficialDocument {

    public PenaltyRegistration {
        Check.present(header, "文书抬头（header）");
        Check.text(caseNumber, "案件编号（caseNumber）");
        Check.text(source, "案件来源（source）");
        Check.optionalText(legalRepresentative, "法定代表人（legalRepresentative）");
        Check.text(facts, "案情摘要（facts）");
        Check.text(article, "涉嫌违反的条款（article）");
        Check.text(proposedBy, "承办人（proposedBy）");
        Check.text(approvedBy, "审批人（approvedBy）");
        Check.text(opinion, "审批意见（opinion）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.PENALTY_REGISTRATION;
    }

    /** The day of approval. */
    public LocalDate registeredOn() {
        return header.issuedOn();
    }
}
