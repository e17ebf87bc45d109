package cn.energyinspect.app.document;

/**
 * 不予行政处罚决定书 (行政处罚法 Arts. 33, 57): the party, the facts found, why no penalty is imposed (轻微并及时改正, 首违不罚
 * …) and on which provision, the remedies. A 不予处罚 produces no 双公示 record.
 *
 * @param reasons 不予处罚的理由
 * @param basis 依据 (e.g. 《中华人民共和国行政处罚法》第三十三条第一款)
 */
public record NoPenaltyDecision(
        DocumentHeader header,
        String legalRepresentative,
        String facts,
        String reasons,
        String basis,
        String reconsiderationBody,
        String court)
        implements OfficialDocument {

    public NoPenaltyDecision {
        Check.present(header, "文书抬头（header）");
        Check.optionalText(legalRepresentative, "法定代表人（legalRepresentative）");
        Check.text(facts, "违法事实（facts）");
        Check.text(reasons, "不予处罚的理由（reasons）");
        Check.text(basis, "依据（basis）");
        Check.text(reconsiderationBody, "行政复议机关（reconsiderationBody）");
        Check.optionalText(court, "人民法院（court）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.NO_PENALTY_DECISION;
    }
}
