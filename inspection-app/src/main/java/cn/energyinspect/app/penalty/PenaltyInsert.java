package cn.energyinspect.app.penalty;

import java.time.Instant;

/** Insert parameter of {@code penalty_case}, with the generated id written back. */
public final class PenaltyInsert {
    public Long id;
    public final String caseNumber;
    public final long agencyId;
    public final String enterpriseUscc;
    public final String regionCode;
    public final String source;
    public final Long sourceCaseId;
    public final String articleCode;
    public final String proposedArticles;
    public final String partyName;
    public final String partyCategory;
    public final String partyAddress;
    public final String violationType;
    public final String facts;
    public final String openedBy;
    public final Instant openedAt;

    public PenaltyInsert(
            String caseNumber,
            long agencyId,
            String enterpriseUscc,
            String regionCode,
            String source,
            Long sourceCaseId,
            String articleCode,
            String proposedArticles,
            String partyName,
            String partyCategory,
            String partyAddress,
            String violationType,
            String facts,
            String openedBy,
            Instant openedAt) {
        this.caseNumber = caseNumber;
        this.agencyId = agencyId;
        this.enterpriseUscc = enterpriseUscc;
        this.regionCode = regionCode;
        this.source = source;
        this.sourceCaseId = sourceCaseId;
        this.articleCode = articleCode;
        this.proposedArticles = proposedArticles;
        this.partyName = partyName;
        this.partyCategory = partyCategory;
        this.partyAddress = partyAddress;
        this.violationType = violationType;
        this.facts = facts;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }
}
