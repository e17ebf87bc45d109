package cn.energyinspect.app.search.indexing;

import static cn.energyinspect.app.search.SearchFields.*;

import cn.energyinspect.app.dictionary.DisplayNames;
import cn.energyinspect.app.dictionary.DisplayNames.Category;
import cn.energyinspect.app.search.SearchFields.DocType;
import cn.energyinspect.app.search.indexing.Sources.AnswerItemSource;
import cn.energyinspect.app.search.indexing.Sources.CaseSource;
import cn.energyinspect.app.search.indexing.Sources.DocumentSource;
import cn.energyinspect.app.search.indexing.Sources.EnterpriseSource;
import cn.energyinspect.app.search.indexing.Sources.EvidenceSource;
import cn.energyinspect.app.search.indexing.Sources.FindingSource;
import cn.energyinspect.app.search.indexing.Sources.ReviewSource;
import cn.energyinspect.app.search.indexing.Sources.StatementSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the search documents of an enterprise and of a case with everything derived from it. Pure: rows in, documents
 * out; the PDF text comes through {@link DocumentText} and the indexing time is passed in.
 */
final class RecordDocuments {
    /** The id of an enterprise statement (陈述), indexed as an ANSWER of the enterprise: one per case. */
    /** One statement per round; round 1 keeps the id statements had before rounds existed. */
    static String statementId(long caseId, int round) {
        return DocType.ANSWER.id("statement-" + caseId + (round == 1 ? "" : "-" + round));
    }

    /** Statuses of a document served on the enterprise: the ones it may find. */
    private static final java.util.Set<String> SERVED_DOCUMENTS = java.util.Set.of("SERVED", "ISSUED", "SUPERSEDED");

    private RecordDocuments() {}

    static IndexDoc enterprise(EnterpriseSource e, Instant indexedAt) {
        return new Fields(DocType.ENTERPRISE, e.uscc())
                .put(REGION_CODE, e.regionCode())
                .put(REGION_CHAIN, chain(e.regionCode(), e.regionParent(), e.regionGrandparent()))
                .put(ENTERPRISE_USCC, e.uscc())
                .put(ENTERPRISE_NAME, e.name())
                .put(INDUSTRY_CODE, e.industryCode())
                .put(VISIBLE_TO_ENTERPRISE, true)
                .put(TITLE, e.keyEnergyUnit() ? e.name() + "（重点用能单位）" : e.name())
                .put(TEXT, join(e.name(), e.address(), e.keyEnergyUnit() ? "重点用能单位" : null))
                .put(DATE, text(e.createdAt()))
                .put(UPDATED_AT, indexedAt.toString())
                .doc();
    }

    static List<IndexDoc> ofCase(CaseBundle bundle, DocumentText pdfs, Instant indexedAt) {
        CaseSource c = bundle.inspectionCase();
        List<IndexDoc> docs = new ArrayList<>();
        docs.add(caseFields(DocType.CASE, c.id(), c, indexedAt)
                .put(VISIBLE_TO_ENTERPRISE, true)
                .put(TITLE, c.caseNumber() + " " + c.enterpriseName())
                .put(TEXT, join(c.enterpriseName(), c.agencyName(), c.outcome(), c.penaltyArticle()))
                .put(DATE, text(c.openedAt()))
                .doc());
        for (FindingSource f : bundle.findings()) {
            docs.add(caseFields(DocType.FINDING, f.id(), c, indexedAt)
                    .put(VISIBLE_TO_ENTERPRISE, true)
                    .put(FINDING_KIND, f.kind())
                    .put(RULE_STANDARD, f.standard())
                    .put(RULE_EDITION, f.edition())
                    .put(LAW_ARTICLE, f.lawArticle())
                    .put(MEASURED_VALUE, number(f.measuredValue()))
                    .put(LIMIT_VALUE, number(f.limitValue()))
                    .put(UNIT, f.unit())
                    .put(
                            TITLE,
                            c.caseNumber() + " 发现" + f.findingNo() + " "
                                    + DisplayNames.of(Category.FINDING_KIND, f.kind()))
                    .put(TEXT, join(f.description(), f.clause(), f.requiredAction(), f.penaltyArticle()))
                    .put(DATE, text(c.visitDate() != null ? c.visitDate() : c.openedAt()))
                    .doc());
        }
        for (DocumentSource d : bundle.documents()) {
            Optional<String> body = d.storageKey() == null ? Optional.empty() : pdfs.ofPdf(d.storageKey());
            boolean served = SERVED_DOCUMENTS.contains(d.status());
            docs.add(caseFields(DocType.DOCUMENT, d.id(), c, indexedAt)
                    .put(VISIBLE_TO_ENTERPRISE, served)
                    .put(DOCUMENT_KIND, d.kind())
                    .put(DOCUMENT_NUMBER, d.documentNumber())
                    .put(
                            TITLE,
                            DisplayNames.of(Category.DOCUMENT_KIND, d.kind()) + " "
                                    + (d.documentNumber() == null ? "（审批稿）" : d.documentNumber()))
                    // a served document's own text only: the approver's comments are the agency's deliberation
                    .put(TEXT, served ? body.orElse(null) : join(body.orElse(null), d.comment()))
                    .put(TEXT_EXTRACTED, body.isPresent())
                    .put(DATE, text(d.servedOn() != null ? d.servedOn() : d.createdAt()))
                    .doc());
        }
        for (EvidenceSource e : bundle.evidence()) {
            Optional<String> body =
                    "application/pdf".equals(e.mediaType()) ? pdfs.ofPdf(e.storageKey()) : Optional.empty();
            docs.add(caseFields(DocType.EVIDENCE, e.id(), c, indexedAt)
                    .put(VISIBLE_TO_ENTERPRISE, e.byEnterprise())
                    .put(TITLE, e.originalName())
                    .put(TEXT, body.orElse(null))
                    .put(TEXT_EXTRACTED, body.isPresent())
                    .put(DATE, text(e.uploadedAt()))
                    .doc());
        }
        Map<Long, List<AnswerItemSource>> answers = bundle.answerItems().stream()
                .collect(Collectors.groupingBy(AnswerItemSource::answerId, LinkedHashMap::new, Collectors.toList()));
        answers.forEach((answerId, items) -> docs.add(caseFields(DocType.ANSWER, answerId, c, indexedAt)
                .put(VISIBLE_TO_ENTERPRISE, true)
                .put(TITLE, c.caseNumber() + " 整改回复 第" + items.getFirst().round() + "轮")
                .put(TEXT, join(items.stream().map(AnswerItemSource::text).toArray(String[]::new)))
                .put(DATE, text(items.getFirst().submittedAt()))
                .doc()));
        for (StatementSource s : bundle.statements()) {
            docs.add(caseFields(statementId(s.caseId(), s.round()), c, indexedAt)
                    .put(VISIBLE_TO_ENTERPRISE, true)
                    .put(TITLE, c.caseNumber() + " 企业陈述" + (s.round() == 1 ? "" : "（第" + s.round() + "轮）"))
                    .put(TEXT, s.text())
                    .put(DATE, text(s.submittedAt()))
                    .doc());
        }
        for (ReviewSource r : bundle.reviews()) {
            String decision = DisplayNames.of(Category.REVIEW_DECISION, r.decision());
            docs.add(caseFields(DocType.REVIEW, r.id(), c, indexedAt)
                    .put(VISIBLE_TO_ENTERPRISE, true)
                    .put(TITLE, c.caseNumber() + " 整改复查 " + decision)
                    .put(TEXT, join(decision, r.comment()))
                    .put(DATE, text(r.reviewedAt()))
                    .doc());
        }
        return docs;
    }

    private static Fields caseFields(DocType type, Object key, CaseSource c, Instant indexedAt) {
        return caseFields(type.id(key), c, indexedAt);
    }

    private static Fields caseFields(String id, CaseSource c, Instant indexedAt) {
        return new Fields(id, DocType.valueOf(id.substring(0, id.indexOf(':'))))
                .put(REGION_CODE, c.regionCode())
                .put(REGION_CHAIN, chain(c.regionCode(), c.regionParent(), c.regionGrandparent()))
                .put(ENTERPRISE_USCC, c.enterpriseUscc())
                .put(ENTERPRISE_NAME, c.enterpriseName())
                .put(INDUSTRY_CODE, c.industryCode())
                .put(AGENCY_ID, c.agencyId())
                .put(CAMPAIGN_ID, c.campaignId())
                .put(CASE_ID, c.id())
                .put(CASE_NUMBER, c.caseNumber())
                .put(CASE_STATUS, c.status())
                .put(CASE_TRIGGER, c.caseTrigger())
                .put(INSPECTION_TYPE, c.inspectionType())
                .put(UPDATED_AT, indexedAt.toString());
    }

    /** Province, city, county: the codes above {@code code} first, so any tier filters with one term. */
    static List<String> chain(String code, String parent, String grandparent) {
        return Stream.of(grandparent, parent, code).filter(Objects::nonNull).toList();
    }

    private static String join(String... parts) {
        String joined = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** The fields of one document; null values are left out. */
    private static final class Fields {
        private final String id;
        private final Map<String, Object> source = new LinkedHashMap<>();

        Fields(DocType type, Object key) {
            this(type.id(key), type);
        }

        Fields(String id, DocType type) {
            this.id = id;
            source.put(ID, id);
            source.put(TYPE, type.name());
        }

        Fields put(String field, Object value) {
            if (value != null) {
                source.put(field, value);
            }
            return this;
        }

        IndexDoc doc() {
            return new IndexDoc(id, source);
        }
    }
}
