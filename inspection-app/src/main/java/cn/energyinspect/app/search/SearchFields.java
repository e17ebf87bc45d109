package cn.energyinspect.app.search;

/**
 * The one index of EnergyInspect's records (alias {@value #ALIAS}), its document types and field names. The mapping
 * is {@code src/main/resources/search/records-index.json}; documents are built from the database, which stays the
 * source of truth.
 */
public final class SearchFields {
    /** Searches and writes go to the alias; a rebuild fills a new physical index and switches the alias. */
    public static final String ALIAS = "energyinspect-records";

    public static final String MAPPING_RESOURCE = "/search/records-index.json";
    /**
     * The mapping's {@code _meta.mappingVersion}: a live index of a lower version gets the new fields added and is
     * rebuilt in the background (2: {@link #VISIBLE_TO_ENTERPRISE}; 3: the project approvals' fields).
     */
    public static final int MAPPING_VERSION = 3;
    /**
     * Whether an enterprise user may find the record: served documents, its own submissions and the decisions
     * addressed to it; never drafts, internal comments or the team's own evidence. A record without it is hidden.
     */
    public static final String VISIBLE_TO_ENTERPRISE = "visibleToEnterprise";

    /** Document ids are {@code <type>:<id>}, e.g. {@code FINDING:123}, so a re-index overwrites. */
    public enum DocType {
        ENTERPRISE,
        CASE,
        FINDING,
        DOCUMENT,
        EVIDENCE,
        ANSWER,
        REVIEW,
        /** A project-approval application (产能置换, 白名单). */
        APPLICATION,
        /** An objection to a 公示; never visible to the enterprise. */
        OBJECTION,
        /** A decision of an application (公告, 批复, 通知, 暂停/撤销公告). */
        DECISION;

        public String id(Object key) {
            return name() + ":" + key;
        }
    }

    public static final String ID = "id";
    public static final String TYPE = "type";
    /** The record's county code. */
    public static final String REGION_CODE = "regionCode";
    /** Province, city and county codes of the record, so any tier's jurisdiction is one {@code terms} filter. */
    public static final String REGION_CHAIN = "regionChain";

    public static final String ENTERPRISE_USCC = "enterpriseUscc";
    public static final String ENTERPRISE_NAME = "enterpriseName";
    public static final String INDUSTRY_CODE = "industryCode";
    public static final String AGENCY_ID = "agencyId";
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CASE_STATUS = "caseStatus";
    public static final String CASE_TRIGGER = "caseTrigger";
    public static final String INSPECTION_TYPE = "inspectionType";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String DOCUMENT_KIND = "documentKind";
    public static final String FINDING_KIND = "findingKind";
    public static final String RULE_STANDARD = "ruleStandard";
    public static final String RULE_EDITION = "ruleEdition";
    public static final String LAW_ARTICLE = "lawArticle";
    public static final String MEASURED_VALUE = "measuredValue";
    public static final String LIMIT_VALUE = "limitValue";
    public static final String UNIT = "unit";
    /** Short heading of the record (text, smartcn; {@code title.raw} keyword). */
    public static final String TITLE = "title";
    /** Body text (smartcn): finding description, notice text, answer text, extracted PDF text. */
    public static final String TEXT = "text";
    /** False for a PDF with no extractable text (a scan): it is findable by its metadata only. */
    public static final String TEXT_EXTRACTED = "textExtracted";
    /** The record's business date (opened, found, served, uploaded). */
    public static final String DATE = "date";

    public static final String UPDATED_AT = "updatedAt";
    /** Project approvals: the application's id, number, status and programme. */
    public static final String APPLICATION_ID = "applicationId";

    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String APPROVAL_STATUS = "approvalStatus";
    public static final String PROGRAMME = "programme";

    private SearchFields() {}
}
