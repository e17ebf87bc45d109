-- Project approvals (programmes.md §2 产能置换, §3 白名单) on one skeleton: the application with its versions, the
-- register of exiting lines (the double-use check), reviews, the 公示 and its objections, decisions and follow-ups.
-- The process (capacity-replacement.bpmn / white-list.bpmn) holds only the stage and the clocks.
CREATE TABLE approval_application (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    programme            VARCHAR(24)   NOT NULL COMMENT 'CAPACITY_REPLACEMENT | WHITE_LIST',
    application_number   VARCHAR(40)   NOT NULL COMMENT 'CR-2026-000001 / WL-2026-000001, shown on the public pages',
    enterprise_uscc      CHAR(18)      NOT NULL,
    region_code          CHAR(6)       NOT NULL COMMENT 'the project''s region, for jurisdiction',
    province_code        CHAR(6)       NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    status               VARCHAR(24)   NOT NULL,
    form_version         INT           NOT NULL DEFAULT 1 COMMENT 'the current version of the form (approval_version)',
    payload              LONGTEXT      NOT NULL COMMENT 'the current form as JSON',
    precheck_decision    VARCHAR(16)   NULL,
    precheck             LONGTEXT      NULL COMMENT 'the last pre-check verdict as JSON',
    hearing_required     BOOLEAN       NOT NULL DEFAULT FALSE,
    other_provinces      VARCHAR(100)  NULL COMMENT 'provinces of exiting lines elsewhere: the 公示 is shown for them too',
    publicity_start      DATE          NULL,
    publicity_end        DATE          NULL COMMENT 'the last day of the 公示, both ends counted',
    publicity_days       INT           NULL,
    publicity_round      INT           NOT NULL DEFAULT 0,
    decided_at           TIMESTAMP(3)  NULL,
    valid_from           DATE          NULL COMMENT 'white-list listing',
    valid_to             DATE          NULL,
    revocation_reason    VARCHAR(2000) NULL,
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    submitted_at         TIMESTAMP(3)  NULL,
    updated_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    row_version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_number (application_number),
    KEY idx_application_region (region_code, status),
    KEY idx_application_enterprise (enterprise_uscc),
    KEY idx_application_publicity (status, publicity_end),
    CONSTRAINT fk_application_enterprise FOREIGN KEY (enterprise_uscc) REFERENCES enterprise (uscc)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '项目审批申请 (产能置换、白名单)';

CREATE TABLE approval_number_sequence (
    programme VARCHAR(24) NOT NULL,
    year      INT         NOT NULL,
    next_no   INT         NOT NULL,
    PRIMARY KEY (programme, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE approval_version (
    application_id BIGINT       NOT NULL,
    form_version   INT          NOT NULL,
    payload        LONGTEXT     NOT NULL,
    saved_by       VARCHAR(64)  NOT NULL,
    saved_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    submitted_at   TIMESTAMP(3) NULL,
    PRIMARY KEY (application_id, form_version),
    CONSTRAINT fk_version_application FOREIGN KEY (application_id) REFERENCES approval_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '申请版本 (退回修改后重新提交)';

-- Every exiting line of every capacity plan; a line of a pending or approved plan blocks its use by another plan
CREATE TABLE approval_exit_line (
    application_id BIGINT        NOT NULL,
    line_index     INT           NOT NULL,
    owner_uscc     CHAR(18)      NOT NULL,
    owner_name     VARCHAR(200)  NOT NULL,
    line_name      VARCHAR(200)  NOT NULL,
    line_key       VARCHAR(240)  NOT NULL COMMENT 'normalised USCC | line name (DoubleUse.Line.key)',
    capacity       DECIMAL(18,3) NOT NULL,
    region_code    CHAR(6)       NOT NULL,
    PRIMARY KEY (application_id, line_index),
    KEY idx_exit_line_key (line_key),
    CONSTRAINT fk_exit_line_application FOREIGN KEY (application_id) REFERENCES approval_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '退出产能登记 (防止重复使用)';

CREATE TABLE approval_review (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    step           VARCHAR(24)   NOT NULL COMMENT 'CITY_REVIEW | PROVINCE_REVIEW | HEARING | OBJECTIONS | DECISION | SHUTDOWN | DISMANTLING | REASSESSMENT | REVOCATION',
    outcome        VARCHAR(16)   NULL,
    reasons        VARCHAR(4000) NULL,
    form_version   INT           NOT NULL,
    reviewer       VARCHAR(64)   NOT NULL,
    reviewed_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_review_application (application_id),
    CONSTRAINT fk_review_application FOREIGN KEY (application_id) REFERENCES approval_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '审核、听证、决定记录';

CREATE TABLE approval_objection (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    application_id  BIGINT        NOT NULL,
    receipt_number  VARCHAR(40)   NOT NULL,
    publicity_round INT           NOT NULL,
    objector_name   VARCHAR(100)  NOT NULL,
    contact         VARCHAR(100)  NOT NULL,
    reasons         VARCHAR(4000) NOT NULL,
    content_hash    CHAR(64)      NOT NULL COMMENT 'SHA-256 of name, contact, reasons and files: a resent objection is stored once',
    status          VARCHAR(16)   NOT NULL COMMENT 'OPEN | UNFOUNDED | SUBSTANTIATED',
    verdict         VARCHAR(4000) NULL,
    verified_by     VARCHAR(64)   NULL,
    verified_at     TIMESTAMP(3)  NULL,
    received_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_objection_receipt (receipt_number),
    UNIQUE KEY uk_objection_content (application_id, content_hash),
    CONSTRAINT fk_objection_application FOREIGN KEY (application_id) REFERENCES approval_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '公示异议';

-- Files of an application (exiting-line evidence, shut-down and dismantling evidence, hearing record) and of objections
CREATE TABLE approval_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    objection_id   BIGINT       NULL,
    purpose        VARCHAR(24)  NOT NULL COMMENT 'APPLICATION | SHUTDOWN | DISMANTLING | HEARING | OBJECTION',
    original_name  VARCHAR(200) NOT NULL,
    media_type     VARCHAR(60)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    storage_key    VARCHAR(100) NOT NULL,
    uploaded_by    VARCHAR(64)  NOT NULL,
    uploaded_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_file_application (application_id),
    CONSTRAINT fk_file_application FOREIGN KEY (application_id) REFERENCES approval_application (id),
    CONSTRAINT fk_file_objection FOREIGN KEY (objection_id) REFERENCES approval_objection (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '申请与异议附件';

CREATE TABLE approval_document (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    application_id  BIGINT       NOT NULL,
    kind            VARCHAR(32)  NOT NULL COMMENT 'APPROVAL_ANNOUNCEMENT | APPROVAL_REPLY | WHITE_LIST_NOTICE | APPROVAL_REVOCATION',
    document_number VARCHAR(60)  NOT NULL,
    issued_on       DATE         NOT NULL,
    storage_key     VARCHAR(100) NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_approval_document (application_id, kind, document_number),
    CONSTRAINT fk_approval_document_application FOREIGN KEY (application_id) REFERENCES approval_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '公告、批复、通知';

CREATE TABLE approval_milestone (
    application_id BIGINT       NOT NULL,
    milestone      VARCHAR(16)  NOT NULL COMMENT 'SHUTDOWN | DISMANTLING',
    due_date       DATE         NOT NULL,
    confirmed_at   TIMESTAMP(3) NULL,
    confirmed_by   VARCHAR(64)  NULL,
    overdue_case   BIGINT       NULL COMMENT 'the inspection case opened when it went overdue',
    PRIMARY KEY (application_id, milestone),
    CONSTRAINT fk_milestone_application FOREIGN KEY (application_id) REFERENCES approval_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '置换后续节点';
