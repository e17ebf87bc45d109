package cn.energyinspect.app.search.indexing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The rows the index documents are built from, read by {@link SourceMapper}: only what a document needs. */
final class Sources {
    private Sources() {}

    record EnterpriseSource(
            String uscc,
            String name,
            String regionCode,
            String regionParent,
            String regionGrandparent,
            String address,
            String industryCode,
            boolean keyEnergyUnit,
            Instant createdAt) {}

    record CaseSource(
            long id,
            String caseNumber,
            long agencyId,
            String agencyName,
            String enterpriseUscc,
            String enterpriseName,
            String industryCode,
            String regionCode,
            String regionParent,
            String regionGrandparent,
            String caseTrigger,
            String inspectionType,
            String status,
            Long campaignId,
            String outcome,
            String penaltyArticle,
            LocalDate visitDate,
            Instant openedAt) {}

    record FindingSource(
            long id,
            long caseId,
            int findingNo,
            String kind,
            String description,
            String standard,
            String edition,
            String clause,
            String lawArticle,
            String penaltyArticle,
            BigDecimal measuredValue,
            BigDecimal limitValue,
            String unit,
            String requiredAction) {}

    record DocumentSource(
            long id,
            long caseId,
            String kind,
            String documentNumber,
            String status,
            String comment,
            String storageKey,
            LocalDate servedOn,
            Instant createdAt) {}

    /** @param byEnterprise uploaded by the enterprise's own user (its answers' evidence) */
    record EvidenceSource(
            long id,
            long caseId,
            String originalName,
            String mediaType,
            String storageKey,
            Instant uploadedAt,
            boolean byEnterprise) {}

    /** One item of a rectification answer (an answer without items comes as one row with a null text). */
    record AnswerItemSource(long answerId, long caseId, int round, Instant submittedAt, String text) {}

    record StatementSource(long caseId, int round, String text, Instant submittedAt) {}

    record ReviewSource(long id, long caseId, String decision, String comment, Instant reviewedAt) {}

    /** Rows per document type in the database, as the consistency check compares them with the index. */
    record DbCounts(
            long enterprises,
            long cases,
            long findings,
            long documents,
            long evidence,
            long answers,
            long statements,
            long reviews) {}
}
