-- Inspection cases (节能监察案件) and everything recorded on them. Camunda holds only ids and small flags; the data
-- lives here. Every state change of a case is written to the append-only audit_log.

ALTER TABLE agency ADD COLUMN phone VARCHAR(32) NULL COMMENT '对外联系电话, printed on documents';

-- 回避: an inspector who declared a conflict with an enterprise cannot be on its team
CREATE TABLE user_conflict (
    user_id         BIGINT       NOT NULL,
    enterprise_uscc CHAR(18)     NOT NULL,
    reason          VARCHAR(300) NOT NULL,
    declared_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (user_id, enterprise_uscc),
    CONSTRAINT fk_conflict_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '回避声明';

-- gap-free case numbers per agency and year: the row is locked (SELECT … FOR UPDATE) by the transaction opening a case
CREATE TABLE case_number_sequence (
    agency_id  BIGINT NOT NULL,
    year       INT    NOT NULL,
    last_value INT    NOT NULL,
    PRIMARY KEY (agency_id, year),
    CONSTRAINT fk_case_seq_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB;

CREATE TABLE agency_abbreviation (
    agency_id    BIGINT      NOT NULL,
    abbreviation VARCHAR(16) NOT NULL COMMENT '发文机关代字, e.g. 浙节监',
    PRIMARY KEY (agency_id),
    CONSTRAINT fk_abbrev_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_template (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(40)  NOT NULL,
    version         INT          NOT NULL,
    inspection_type VARCHAR(8)   NOT NULL COMMENT 'ON_SITE | DESK',
    title           VARCHAR(200) NOT NULL,
    items_json      JSON         NOT NULL COMMENT 'the items, immutable once published',
    published_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_template_version (code, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '检查表模板（按版本）';

CREATE TABLE inspection_case (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    case_number            VARCHAR(40)  NOT NULL,
    agency_id              BIGINT       NOT NULL,
    case_year              INT          NOT NULL,
    sequence_no            INT          NOT NULL,
    enterprise_uscc        CHAR(18)     NOT NULL,
    region_code            CHAR(6)      NOT NULL COMMENT 'the enterprise''s county, for jurisdiction',
    case_trigger           VARCHAR(16)  NOT NULL COMMENT 'CAMPAIGN | COMPLAINT | TRANSFER | MANUAL | SPOT_CHECK',
    inspection_type        VARCHAR(8)   NOT NULL COMMENT 'ON_SITE | DESK',
    status                 VARCHAR(32)  NOT NULL,
    campaign_id            BIGINT       NULL,
    template_id            BIGINT       NOT NULL COMMENT 'checklist template version the case started with',
    process_instance_id    VARCHAR(64)  NULL,
    visit_date             DATE         NULL,
    notice_served_on       DATE         NULL,
    on_site_ended_on       DATE         NULL,
    rectification_deadline DATE         NULL,
    notice_service_late    BOOLEAN      NOT NULL DEFAULT FALSE,
    extension_used         BOOLEAN      NOT NULL DEFAULT FALSE,
    penalty_article        VARCHAR(100) NULL COMMENT 'proposed article of 节约能源法 when referred for penalty',
    outcome                VARCHAR(32)  NULL,
    opened_by              VARCHAR(64)  NOT NULL,
    opened_at              TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    closed_at              TIMESTAMP(3) NULL,
    version                INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_case_number (agency_id, case_number),
    UNIQUE KEY uk_case_sequence (agency_id, case_year, sequence_no),
    KEY idx_case_region_status (region_code, status),
    KEY idx_case_enterprise (enterprise_uscc),
    KEY idx_case_campaign (campaign_id),
    CONSTRAINT fk_case_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_case_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc),
    CONSTRAINT fk_case_template FOREIGN KEY (template_id) REFERENCES checklist_template (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '监察案件';

CREATE TABLE case_team_member (
    case_id BIGINT      NOT NULL,
    user_id BIGINT      NOT NULL,
    role    VARCHAR(8)  NOT NULL COMMENT 'LEADER | MEMBER',
    PRIMARY KEY (case_id, user_id),
    CONSTRAINT fk_team_case FOREIGN KEY (case_id) REFERENCES inspection_case (id),
    CONSTRAINT fk_team_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB;

CREATE TABLE checklist_answer (
    case_id     BIGINT       NOT NULL,
    item_code   VARCHAR(40)  NOT NULL,
    answer_json JSON         NOT NULL,
    answered_by VARCHAR(64)  NOT NULL,
    answered_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (case_id, item_code),
    CONSTRAINT fk_answer_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE on_site_record (
    case_id                   BIGINT       NOT NULL,
    enterprise_representative VARCHAR(64)  NOT NULL,
    representative_signed     BOOLEAN      NOT NULL,
    refusal_reason            VARCHAR(300) NULL,
    inspectors_signed         BOOLEAN      NOT NULL,
    place                     VARCHAR(200) NOT NULL,
    started_at                TIMESTAMP(3) NOT NULL,
    ended_at                  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (case_id),
    CONSTRAINT fk_record_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '现场监察笔录';

CREATE TABLE finding (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    case_id         BIGINT        NOT NULL,
    finding_no      INT           NOT NULL,
    source          VARCHAR(8)    NOT NULL COMMENT 'RULE | MANUAL',
    kind            VARCHAR(32)   NOT NULL COMMENT 'OVER_QUOTA | BELOW_EFFICIENCY_LIMIT | ELIMINATED_EQUIPMENT | OTHER',
    description     VARCHAR(1000) NOT NULL,
    item_code       VARCHAR(40)   NULL,
    standard        VARCHAR(60)   NULL,
    edition         VARCHAR(20)   NULL,
    clause          VARCHAR(100)  NULL,
    confidence      VARCHAR(16)   NULL,
    law_article     VARCHAR(100)  NOT NULL COMMENT 'legal basis, e.g. 《中华人民共和国节约能源法》第十六条',
    penalty_article VARCHAR(100)  NULL COMMENT 'article a penalty referral would rest on, e.g. 第七十二条',
    measured_value  DECIMAL(18, 4) NULL,
    limit_value     DECIMAL(18, 4) NULL,
    unit            VARCHAR(20)   NULL,
    required_action VARCHAR(1000) NULL,
    deadline        DATE          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_finding_no (case_id, finding_no),
    CONSTRAINT fk_finding_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '监察发现';

CREATE TABLE case_document (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    case_id         BIGINT       NOT NULL,
    kind            VARCHAR(32)  NOT NULL COMMENT 'INSPECTION_NOTICE | ON_SITE_RECORD | RECTIFICATION_NOTICE | REVIEW_OPINION',
    document_number VARCHAR(60)  NOT NULL,
    status          VARCHAR(16)  NOT NULL COMMENT 'DRAFT | APPROVED | RETURNED | SERVED | ISSUED',
    comment         VARCHAR(500) NULL,
    storage_key     VARCHAR(100) NULL,
    sha256          CHAR(64)     NULL,
    size_bytes      BIGINT       NULL,
    served_on       DATE         NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_document_case (case_id, kind),
    CONSTRAINT fk_document_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '执法文书';

CREATE TABLE enterprise_statement (
    case_id      BIGINT        NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    submitted_by VARCHAR(64)   NOT NULL,
    submitted_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (case_id),
    CONSTRAINT fk_statement_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '陈述';

CREATE TABLE rectification_answer (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    case_id           BIGINT        NOT NULL,
    client_request_id VARCHAR(64)   NOT NULL COMMENT 'client-generated: a resend is accepted once',
    round             INT           NOT NULL,
    submitted_by      VARCHAR(64)   NOT NULL,
    submitted_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_answer_request (case_id, client_request_id),
    CONSTRAINT fk_rect_answer_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '整改回复';

CREATE TABLE rectification_answer_item (
    answer_id  BIGINT        NOT NULL,
    finding_id BIGINT        NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (answer_id, finding_id),
    CONSTRAINT fk_item_answer FOREIGN KEY (answer_id) REFERENCES rectification_answer (id),
    CONSTRAINT fk_item_finding FOREIGN KEY (finding_id) REFERENCES finding (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_file (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    case_id           BIGINT       NOT NULL,
    answer_id         BIGINT       NULL,
    finding_id        BIGINT       NULL,
    original_name     VARCHAR(200) NOT NULL,
    media_type        VARCHAR(60)  NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    storage_key       VARCHAR(100) NOT NULL,
    uploaded_by       VARCHAR(64)  NOT NULL,
    uploaded_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_evidence_case (case_id),
    CONSTRAINT fk_evidence_case FOREIGN KEY (case_id) REFERENCES inspection_case (id),
    CONSTRAINT fk_evidence_answer FOREIGN KEY (answer_id) REFERENCES rectification_answer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '证据文件';

CREATE TABLE extension_request (
    case_id         BIGINT       NOT NULL COMMENT 'one extension request per notice',
    requested_until DATE         NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    requested_by    VARCHAR(64)  NOT NULL,
    requested_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    granted         BOOLEAN      NULL,
    decided_by      VARCHAR(64)  NULL,
    decided_at      TIMESTAMP(3) NULL,
    PRIMARY KEY (case_id),
    CONSTRAINT fk_extension_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '延期申请';

CREATE TABLE rectification_review (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    case_id     BIGINT       NOT NULL,
    decision    VARCHAR(16)  NOT NULL COMMENT 'ACCEPT | REINSPECT | REJECT',
    comment     VARCHAR(1000) NULL,
    reviewed_by VARCHAR(64)  NOT NULL,
    reviewed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_review_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '整改复查';

CREATE TABLE audit_log (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NULL,
    entity      VARCHAR(40)   NOT NULL,
    entity_id   VARCHAR(64)   NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    before_json JSON          NULL,
    after_json  JSON          NULL,
    PRIMARY KEY (id),
    KEY idx_audit_case (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '审计日志（只增不改）';

-- the audit log is append-only for every client of the database, not only for the API
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

-- the first checklist templates (items are data: kinds YES_NO, NUMBER, TEXT, QUOTA, EQUIPMENT, METER, PHOTO)
INSERT INTO checklist_template (code, version, inspection_type, title, items_json) VALUES
('ON_SITE_GENERAL', 1, 'ON_SITE', '工业节能现场监察检查表（通用）', JSON_ARRAY(
    JSON_OBJECT('code', 'ENERGY_MANAGER', 'kind', 'YES_NO', 'label', '是否设立能源管理岗位并聘任能源管理负责人', 'lawArticle', '《中华人民共和国节约能源法》第五十五条', 'penaltyArticle', '《中华人民共和国节约能源法》第八十四条', 'violationWhen', 'NO'),
    JSON_OBJECT('code', 'ENERGY_REPORT', 'kind', 'YES_NO', 'label', '是否按时报送能源利用状况报告', 'lawArticle', '《中华人民共和国节约能源法》第五十三条', 'penaltyArticle', '《中华人民共和国节约能源法》第八十二条', 'violationWhen', 'NO'),
    JSON_OBJECT('code', 'METERING', 'kind', 'YES_NO', 'label', '能源计量器具是否按规定配备并检定', 'lawArticle', '《中华人民共和国节约能源法》第二十七条', 'penaltyArticle', '《中华人民共和国节约能源法》第七十四条', 'violationWhen', 'NO'),
    JSON_OBJECT('code', 'ANNUAL_ENERGY', 'kind', 'NUMBER', 'label', '上年度综合能源消费量', 'unit', 'tce'),
    JSON_OBJECT('code', 'UNIT_CONSUMPTION', 'kind', 'QUOTA', 'label', '主要产品单位产品综合能耗（按能耗限额标准核算）'),
    JSON_OBJECT('code', 'EQUIPMENT', 'kind', 'EQUIPMENT', 'label', '主要用能设备（电机、变压器、锅炉）铭牌与能效'),
    JSON_OBJECT('code', 'METER_READINGS', 'kind', 'METER', 'label', '现场计量表读数'),
    JSON_OBJECT('code', 'SITE_PHOTOS', 'kind', 'PHOTO', 'label', '现场照片'),
    JSON_OBJECT('code', 'REMARKS', 'kind', 'TEXT', 'label', '其他情况说明')
)),
('DESK_REPORT', 1, 'DESK', '能源利用状况报告书面监察表', JSON_ARRAY(
    JSON_OBJECT('code', 'ENERGY_REPORT', 'kind', 'YES_NO', 'label', '是否按时报送能源利用状况报告', 'lawArticle', '《中华人民共和国节约能源法》第五十三条', 'penaltyArticle', '《中华人民共和国节约能源法》第八十二条', 'violationWhen', 'NO'),
    JSON_OBJECT('code', 'UNIT_CONSUMPTION', 'kind', 'QUOTA', 'label', '主要产品单位产品综合能耗（按能耗限额标准核算）'),
    JSON_OBJECT('code', 'REMARKS', 'kind', 'TEXT', 'label', '其他情况说明')
));
