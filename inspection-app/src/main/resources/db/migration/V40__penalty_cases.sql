-- Penalty cases (行政处罚案件) from referral or manual 立案 to 结案, their credit record (双公示), its delivery to the
-- provincial credit platform through an outbox, and credit repair (信用修复). Camunda holds ids, flags and the moments the
-- clocks count from; the data lives here. Every change is in audit_log (entity penalty_*, entity_id the penalty case).

-- the 处罚机关 an agency decides as (programmes.md §1.1, §1.6 item 1): its name and 统一社会信用代码 (CF_CFJG, CF_CFJGDM),
-- whether it acts in its own name, and where the party applies for 复议 and pays
CREATE TABLE penalty_authority (
    agency_id            BIGINT       NOT NULL,
    name                 VARCHAR(200) NOT NULL COMMENT 'CF_CFJG / CF_SJLY',
    uscc                 CHAR(18)     NOT NULL COMMENT 'CF_CFJGDM / CF_SJLYDM',
    acting_as            VARCHAR(16)  NOT NULL COMMENT 'OWN | AUTHORISED | COMMISSIONED',
    commission_ref       VARCHAR(200) NULL COMMENT '委托书 of a commissioned body',
    reconsideration_body VARCHAR(200) NOT NULL COMMENT '行政复议机关',
    court                VARCHAR(200) NULL,
    payment_place        VARCHAR(300) NOT NULL COMMENT '缴款地点或方式 (the agency does not collect, Art. 67)',
    updated_by           VARCHAR(64)  NOT NULL,
    updated_at           TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (agency_id),
    CONSTRAINT fk_penalty_authority_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '处罚机关';

CREATE TABLE penalty_case (
    id                             BIGINT        NOT NULL AUTO_INCREMENT,
    case_number                    VARCHAR(60)   NOT NULL,
    agency_id                      BIGINT        NOT NULL,
    enterprise_uscc                CHAR(18)      NOT NULL,
    region_code                    CHAR(6)       NOT NULL COMMENT 'the party''s county, for jurisdiction',
    source                         VARCHAR(16)   NOT NULL COMMENT 'REFERRAL | MANUAL',
    source_case_id                 BIGINT        NULL COMMENT 'the inspection case that referred it',
    status                         VARCHAR(24)   NOT NULL,
    article_code                   VARCHAR(20)   NULL COMMENT 'the penalty article (rules procedure/law-articles.csv)',
    proposed_articles              VARCHAR(200)  NULL COMMENT 'articles carried over from the referral, ;-separated codes',
    party_name                     VARCHAR(200)  NOT NULL,
    party_category                 VARCHAR(16)   NOT NULL COMMENT 'ORGANISATION | SELF_EMPLOYED | PERSON',
    legal_representative           VARCHAR(50)   NULL,
    legal_representative_id_type   CHAR(2)       NULL COMMENT 'never published',
    legal_representative_id_number VARCHAR(32)   NULL COMMENT 'never published',
    party_address                  VARCHAR(300)  NULL,
    violation_type                 VARCHAR(2000) NULL,
    facts                          VARCHAR(2000) NULL,
    evidence_summary               VARCHAR(2000) NULL,
    process_instance_id            VARCHAR(64)   NULL,
    registered_on                  DATE          NULL,
    decision_limit_on              DATE          NULL COMMENT '90 days after 立案 (Art. 60)',
    review_outcome                 VARCHAR(16)   NULL,
    review_opinion                 VARCHAR(1000) NULL,
    collective_discussion          BOOLEAN       NOT NULL DEFAULT FALSE,
    intended_kinds                 VARCHAR(200)  NULL COMMENT 'the penalty the 告知书 announces, ;-separated codes',
    intended_fine_yuan             BIGINT        NULL,
    intended_content               VARCHAR(1000) NULL,
    notice_served_on               DATE          NULL,
    statement_deadline             DATE          NULL,
    hearing_offered                BOOLEAN       NOT NULL DEFAULT FALSE,
    hearing_deadline               DATE          NULL,
    decision_escalated             BOOLEAN       NOT NULL DEFAULT FALSE,
    decision_late                  BOOLEAN       NOT NULL DEFAULT FALSE,
    service_late                   BOOLEAN       NOT NULL DEFAULT FALSE,
    decision_served_on             DATE          NULL,
    payment_due_on                 DATE          NULL,
    challenge_period_ends          DATE          NULL,
    payment_overdue                BOOLEAN       NOT NULL DEFAULT FALSE,
    closing_reason                 VARCHAR(1000) NULL COMMENT 'why not registered, not penalised, transferred or withdrawn',
    transfer_body                  VARCHAR(200)  NULL,
    outcome                        VARCHAR(20)   NULL,
    opened_by                      VARCHAR(64)   NOT NULL,
    opened_at                      TIMESTAMP(3)  NOT NULL,
    closed_at                      TIMESTAMP(3)  NULL,
    version                        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_penalty_number (agency_id, case_number),
    UNIQUE KEY uk_penalty_source (source_case_id),
    KEY idx_penalty_region_status (region_code, status),
    KEY idx_penalty_enterprise (enterprise_uscc),
    KEY idx_penalty_article (agency_id, article_code),
    CONSTRAINT fk_penalty_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_penalty_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT fk_penalty_source FOREIGN KEY (source_case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '行政处罚案件';

-- the findings a referral carries over, as they were when the case was referred
CREATE TABLE penalty_finding (
    penalty_id        BIGINT        NOT NULL,
    finding_no        INT           NOT NULL,
    source_finding_id BIGINT        NULL,
    kind              VARCHAR(32)   NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    legal_basis       VARCHAR(400)  NOT NULL,
    PRIMARY KEY (penalty_id, finding_no),
    CONSTRAINT fk_penalty_finding_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '移送的监察发现';

-- evidence of the penalty case: the referred case's (same stored file, content-addressed) and what is added later,
-- the enterprise's payment proof and repair materials
CREATE TABLE penalty_file (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    penalty_id         BIGINT       NOT NULL,
    purpose            VARCHAR(16)  NOT NULL COMMENT 'EVIDENCE | PAYMENT_PROOF | REPAIR',
    original_name      VARCHAR(200) NOT NULL,
    media_type         VARCHAR(60)  NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    storage_key        VARCHAR(100) NOT NULL,
    source_evidence_id BIGINT       NULL COMMENT 'the inspection case''s evidence it was carried over from',
    uploaded_by        VARCHAR(64)  NOT NULL,
    uploaded_at        TIMESTAMP(3) NOT NULL,
    used               BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'attached to a payment or a repair application',
    PRIMARY KEY (id),
    KEY idx_penalty_file (penalty_id),
    CONSTRAINT fk_penalty_file_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '处罚案件证据与材料';

-- 陈述申辩: the party's statement, or its waiver
CREATE TABLE penalty_statement (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    penalty_id   BIGINT        NOT NULL,
    text         VARCHAR(4000) NULL,
    waived       BOOLEAN       NOT NULL,
    submitted_by VARCHAR(64)   NOT NULL,
    submitted_at TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_penalty_statement (penalty_id),
    CONSTRAINT fk_penalty_statement_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '陈述申辩';

CREATE TABLE penalty_hearing (
    penalty_id       BIGINT        NOT NULL,
    requested_at     TIMESTAMP(3)  NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    request_reason   VARCHAR(500)  NULL,
    scheduled_at     TIMESTAMP(3)  NULL,
    place            VARCHAR(200)  NULL,
    host             VARCHAR(64)   NULL COMMENT 'never an investigator of the case (Art. 64)',
    public_hearing   BOOLEAN       NULL,
    notice_served_on DATE          NULL,
    held_at          TIMESTAMP(3)  NULL,
    attendees        VARCHAR(500)  NULL,
    record_text      VARCHAR(4000) NULL,
    report           VARCHAR(2000) NULL,
    PRIMARY KEY (penalty_id),
    CONSTRAINT fk_penalty_hearing_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '听证';

-- 行政处罚决定: what was decided, its credit tier and publication window, and the CF record it produced
CREATE TABLE penalty_decision (
    penalty_id       BIGINT        NOT NULL,
    decision_number  VARCHAR(128)  NOT NULL COMMENT 'CF_WSH',
    kinds            VARCHAR(200)  NOT NULL COMMENT ';-separated codes of the kinds of Art. 9',
    fine_yuan        BIGINT        NULL,
    confiscated_yuan BIGINT        NULL,
    licence          VARCHAR(200)  NULL,
    content          VARCHAR(4000) NOT NULL COMMENT 'CF_NR',
    reasons          VARCHAR(4000) NOT NULL,
    legal_basis      VARCHAR(2048) NOT NULL COMMENT 'CF_YJ',
    severity_tier    VARCHAR(8)    NOT NULL COMMENT 'LIGHT | GENERAL | SERIOUS',
    suggested_tier   VARCHAR(8)    NOT NULL,
    tier_reason      VARCHAR(500)  NULL COMMENT 'why the tier differs from the table''s suggestion',
    published        BOOLEAN       NOT NULL COMMENT 'false only for a 轻微 record the agency does not publish',
    regime           VARCHAR(8)    NOT NULL,
    regime_name      VARCHAR(100)  NOT NULL,
    repair_from      DATE          NOT NULL,
    public_until     DATE          NOT NULL COMMENT 'CF_GSJZQ',
    valid_until      DATE          NOT NULL COMMENT 'CF_YXQ',
    decided_on       DATE          NOT NULL,
    decided_by       VARCHAR(64)   NOT NULL,
    record_json      JSON          NOT NULL COMMENT 'the CF record as composed and checked',
    amended          BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (penalty_id),
    KEY idx_decision_number (decision_number) COMMENT 'unique per 处罚机关 (its 代字), the key of the platform''s de-duplication',
    CONSTRAINT fk_penalty_decision_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '行政处罚决定';

CREATE TABLE penalty_document (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    penalty_id      BIGINT       NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    document_number VARCHAR(128) NOT NULL,
    storage_key     VARCHAR(100) NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    issued_on       DATE         NOT NULL,
    served_on       DATE         NULL,
    issued_by       VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_penalty_document (penalty_id, kind),
    CONSTRAINT fk_penalty_document_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '处罚文书';

-- 履行: the enterprise's proof of payment and the agency's confirmation
CREATE TABLE penalty_payment (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    penalty_id     BIGINT         NOT NULL,
    amount_yuan    DECIMAL(14, 2) NOT NULL,
    surcharge_yuan DECIMAL(14, 2) NOT NULL DEFAULT 0,
    paid_on        DATE           NOT NULL,
    receipt_number VARCHAR(64)    NULL,
    proof_file_id  BIGINT         NULL,
    submitted_by   VARCHAR(64)    NOT NULL,
    submitted_at   TIMESTAMP(3)   NOT NULL,
    confirmed      BOOLEAN        NOT NULL DEFAULT FALSE,
    confirmed_by   VARCHAR(64)    NULL,
    confirmed_at   TIMESTAMP(3)   NULL,
    PRIMARY KEY (id),
    KEY idx_penalty_payment (penalty_id),
    CONSTRAINT fk_penalty_payment_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id),
    CONSTRAINT fk_penalty_payment_proof FOREIGN KEY (proof_file_id) REFERENCES penalty_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '罚款缴纳';

-- a decision changed or revoked later (复议, 诉讼, 自行纠错): the record is corrected or withdrawn within 3 working days
CREATE TABLE penalty_change (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    penalty_id        BIGINT        NOT NULL,
    kind              VARCHAR(16)   NOT NULL COMMENT 'REVOKED | AMENDED',
    reason            VARCHAR(1000) NOT NULL,
    instrument        VARCHAR(200)  NOT NULL COMMENT 'the 复议决定书 / 判决书 / 纠错决定 that changed it',
    changed_on        DATE          NOT NULL,
    withdrawal_due_on DATE          NOT NULL COMMENT '3 working days after changed_on (Art. 48)',
    recorded_by       VARCHAR(64)   NOT NULL,
    recorded_at       TIMESTAMP(3)  NOT NULL,
    late              BOOLEAN       NOT NULL,
    before_json       JSON          NULL,
    PRIMARY KEY (id),
    KEY idx_penalty_change (penalty_id),
    CONSTRAINT fk_penalty_change_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '处罚决定变更与撤销';

-- 双公示 of a served decision: due 7 working days after the decision, published, ended by its period, repaired or
-- withdrawn
CREATE TABLE credit_publication (
    penalty_id        BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL COMMENT 'PENDING | PUBLISHED | NOT_PUBLISHED | ENDED | REPAIRED | WITHDRAWN',
    decided_on        DATE          NOT NULL,
    due_on            DATE          NOT NULL COMMENT '7 working days after the decision',
    published_on      DATE          NULL,
    published_at      TIMESTAMP(3)  NULL,
    published_by      VARCHAR(64)   NULL,
    delay_working_days INT          NULL COMMENT 'working days from the decision to the publication',
    escalated         BOOLEAN       NOT NULL DEFAULT FALSE,
    late              BOOLEAN       NOT NULL DEFAULT FALSE,
    repair_from       DATE          NOT NULL,
    public_until      DATE          NOT NULL,
    ended_on          DATE          NULL,
    end_reason        VARCHAR(16)   NULL COMMENT 'EXPIRED | REPAIRED | WITHDRAWN',
    withdrawal_reason VARCHAR(1000) NULL,
    version           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (penalty_id),
    KEY idx_publication_status (status, public_until),
    CONSTRAINT fk_publication_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '行政处罚信息公示';

-- 信用修复: applied for by the enterprise from the first day allowed, decided by the agency (谁认定、谁修复)
CREATE TABLE credit_repair (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    penalty_id            BIGINT        NOT NULL,
    status                VARCHAR(16)   NOT NULL COMMENT 'PENDING | ACCEPTED | REFUSED',
    commitment            VARCHAR(2000) NOT NULL COMMENT '信用承诺书',
    review_opinion_number VARCHAR(128)  NULL COMMENT '整改复查意见书 attached automatically',
    payment_id            BIGINT        NULL,
    requested_by          VARCHAR(64)   NOT NULL,
    requested_at          TIMESTAMP(3)  NOT NULL,
    due_on                DATE          NOT NULL,
    decided_by            VARCHAR(64)   NULL,
    decided_at            TIMESTAMP(3)  NULL,
    reasons               VARCHAR(1000) NULL,
    late                  BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY idx_repair_case (penalty_id),
    CONSTRAINT fk_repair_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '信用修复申请';

-- the provincial credit platform's outbox: one row per push (publish, correct, stop, withdraw) with the record as it
-- was sent; a row stays with its receipt once delivered, so each push is delivered once and can be shown
CREATE TABLE credit_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    penalty_id      BIGINT        NOT NULL,
    action          VARCHAR(16)   NOT NULL COMMENT 'PUBLISH | CORRECT | STOP | WITHDRAW',
    decision_number VARCHAR(128)  NOT NULL,
    payload_json    JSON          NOT NULL COMMENT 'the exchange record (CF_* fields) and the reason',
    created_at      TIMESTAMP(3)  NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NULL,
    last_error      VARCHAR(1000) NULL,
    parked          BOOLEAN       NOT NULL DEFAULT FALSE,
    delivered_at    TIMESTAMP(3)  NULL,
    receipt         VARCHAR(300)  NULL,
    adapter         VARCHAR(40)   NULL,
    PRIMARY KEY (id),
    KEY idx_credit_outbox_due (delivered_at, parked, next_attempt_at, id),
    KEY idx_credit_outbox_case (penalty_id),
    CONSTRAINT fk_credit_outbox_case FOREIGN KEY (penalty_id) REFERENCES penalty_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '信用平台推送';

-- the audit trail of a penalty case is read by entity and id (its rows carry no inspection case id)
CREATE INDEX idx_audit_entity ON audit_log (entity, entity_id, id);
