-- The annual 能源利用状况报告 (节约能源法 Art. 53) and its filing rounds, the checks over every submitted version, the
-- screening that turns them into desk-review cases, and what it feeds into the next campaign. MySQL 8 and MariaDB 11.

-- A filing round: one report year and one region (a province, or a city that runs its own), opened by its agency with
-- the due date and the reminder days; its process is report-round.bpmn.
CREATE TABLE report_round (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    report_year         INT          NOT NULL COMMENT 'the year reported on (the round runs the year after)',
    region_code         CHAR(6)      NOT NULL,
    agency_id           BIGINT       NOT NULL,
    due_date            DATE         NOT NULL COMMENT 'reports are due by the end of this day (China time)',
    reminder_days       VARCHAR(64)  NOT NULL COMMENT 'working days before the due day, e.g. 10,5,1',
    status              VARCHAR(16)  NOT NULL COMMENT 'OPEN | DUE_PASSED | CLOSED',
    process_instance_id VARCHAR(64)  NULL,
    opened_by           VARCHAR(64)  NOT NULL,
    opened_at           TIMESTAMP(3) NOT NULL,
    missing_listed_at   TIMESTAMP(3) NULL,
    closed_by           VARCHAR(64)  NULL,
    closed_at           TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_round_year_region (report_year, region_code),
    CONSTRAINT fk_round_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_round_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '能源利用状况报告报送轮次';

-- Who must file in a round, frozen when it opens (the register's key-unit flag, or last year's recomputed flag), and
-- how far each got: PENDING until filed, then ON_TIME or LATE; MISSING once the due day passed without a report.
CREATE TABLE report_filer (
    round_id        BIGINT       NOT NULL,
    uscc            CHAR(18)     NOT NULL,
    region_code     CHAR(6)      NOT NULL COMMENT 'the unit county, for progress by region',
    basis           VARCHAR(300) NOT NULL COMMENT 'why it must file',
    status          VARCHAR(16)  NOT NULL DEFAULT 'PENDING' COMMENT 'PENDING | ON_TIME | LATE | MISSING',
    filed_at        TIMESTAMP(3) NULL,
    reminders       INT          NOT NULL DEFAULT 0,
    reopened_by     VARCHAR(64)  NULL COMMENT 'an agency user who let it file after the round closed',
    reopened_at     TIMESTAMP(3) NULL,
    reopen_reason   VARCHAR(500) NULL,
    PRIMARY KEY (round_id, uscc),
    KEY idx_filer_progress (round_id, region_code, status),
    KEY idx_filer_uscc (uscc),
    CONSTRAINT fk_filer_round FOREIGN KEY (round_id) REFERENCES report_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '报送单位';

CREATE TABLE report_reminder (
    round_id            BIGINT       NOT NULL,
    uscc                CHAR(18)     NOT NULL,
    working_days_before INT          NOT NULL,
    reminded_at         TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (round_id, uscc, working_days_before),
    CONSTRAINT fk_reminder_round FOREIGN KEY (round_id) REFERENCES report_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '报送提醒';

-- One report per unit and year: its draft (saved as typed, never checked as filed) and its submitted versions.
CREATE TABLE energy_report (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    uscc             CHAR(18)     NOT NULL,
    report_year      INT          NOT NULL,
    form_version     VARCHAR(16)  NOT NULL COMMENT 'the table definitions the content follows, e.g. 2008',
    status           VARCHAR(16)  NOT NULL COMMENT 'DRAFT | SUBMITTED',
    draft_json       MEDIUMTEXT   NULL,
    draft_updated_by VARCHAR(64)  NULL,
    draft_updated_at TIMESTAMP(3) NULL,
    current_version  INT          NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_unit_year (uscc, report_year),
    KEY idx_report_year (report_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '能源利用状况报告';

-- Every submission is a new version; a correction after submission carries its reason. The same content submitted
-- again is the same version (stored once).
CREATE TABLE energy_report_version (
    id                   BIGINT         NOT NULL AUTO_INCREMENT,
    report_id            BIGINT         NOT NULL,
    version_no           INT            NOT NULL,
    source               VARCHAR(8)     NOT NULL COMMENT 'PORTAL | EXCEL | BATCH',
    reason               VARCHAR(500)   NULL COMMENT 'why a submitted report was corrected',
    content_json         MEDIUMTEXT     NOT NULL,
    content_sha256       CHAR(64)       NOT NULL,
    submitted_by         VARCHAR(64)    NOT NULL,
    submitted_at         TIMESTAMP(3)   NOT NULL,
    late                 BOOLEAN        NOT NULL DEFAULT FALSE,
    declared_total_tce   DECIMAL(16, 4) NULL,
    recomputed_total_tce DECIMAL(16, 4) NULL,
    key_unit_status      VARCHAR(16)    NULL COMMENT 'YES | IF_DESIGNATED | NO, of the recomputed total',
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_version (report_id, version_no),
    KEY idx_version_content (report_id, content_sha256),
    CONSTRAINT fk_version_report FOREIGN KEY (report_id) REFERENCES energy_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '报告版本';

-- 表4 of every version, graded: what peers and the dashboard read.
CREATE TABLE energy_report_product (
    version_id      BIGINT         NOT NULL,
    line_no         INT            NOT NULL,
    product         VARCHAR(64)    NOT NULL,
    indicator       VARCHAR(64)    NOT NULL,
    value           DECIMAL(18, 6) NOT NULL,
    unit            VARCHAR(24)    NOT NULL,
    grade           INT            NULL COMMENT '1..3; NULL when over quota or not graded',
    over_quota      BOOLEAN        NOT NULL DEFAULT FALSE,
    graded          BOOLEAN        NOT NULL DEFAULT FALSE,
    benchmark_level VARCHAR(32)    NULL,
    PRIMARY KEY (version_id, line_no),
    KEY idx_product_peers (product, indicator),
    CONSTRAINT fk_product_version FOREIGN KEY (version_id) REFERENCES energy_report_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '单位产品能耗（表4）';

-- Every verdict of the automatic checks of a version, with its basis.
CREATE TABLE report_verdict (
    version_id  BIGINT         NOT NULL,
    line_no     INT            NOT NULL,
    check_code  VARCHAR(32)    NOT NULL,
    outcome     VARCHAR(8)     NOT NULL COMMENT 'PASS | SIGNAL | PENDING | INFO',
    signal_code VARCHAR(32)    NULL,
    table_ref   VARCHAR(16)    NOT NULL,
    field       VARCHAR(64)    NOT NULL,
    subject     VARCHAR(200)   NOT NULL,
    value       DECIMAL(20, 6) NULL,
    threshold   DECIMAL(20, 6) NULL,
    unit        VARCHAR(24)    NULL,
    grade       INT            NULL,
    level       VARCHAR(32)    NULL,
    message     VARCHAR(2000)  NOT NULL,
    basis_json  TEXT           NOT NULL,
    unconfirmed BOOLEAN        NOT NULL,
    PRIMARY KEY (version_id, line_no),
    CONSTRAINT fk_verdict_version FOREIGN KEY (version_id) REFERENCES energy_report_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '自动核查结论';

-- A province's screening rule set: the outcome of a signal or the value of a threshold it chose; the rest are the
-- rules library's defaults.
CREATE TABLE desk_rule_setting (
    province_code CHAR(6)      NOT NULL,
    kind          VARCHAR(12)  NOT NULL COMMENT 'OUTCOME | PARAMETER',
    code          VARCHAR(48)  NOT NULL,
    value         VARCHAR(32)  NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (province_code, kind, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '省级筛查规则设定';

-- The latest screening of a unit for a report year: the filing status, the risk class and, when the rule set sends
-- it to a case, the desk case opened from it.
CREATE TABLE desk_screening (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    uscc              CHAR(18)     NOT NULL,
    report_year       INT          NOT NULL,
    round_id          BIGINT       NULL,
    version_id        BIGINT       NULL COMMENT 'NULL when the unit did not file',
    region_code       CHAR(6)      NOT NULL,
    industry_code     VARCHAR(5)   NOT NULL,
    filing_status     VARCHAR(12)  NOT NULL COMMENT 'ON_TIME | LATE | NOT_FILED',
    risk_class        VARCHAR(8)   NOT NULL COMMENT 'HIGH | MEDIUM | LOW',
    case_candidate    BOOLEAN      NOT NULL,
    case_signals      INT          NOT NULL,
    flag_signals      INT          NOT NULL,
    rule_set          VARCHAR(16)  NOT NULL COMMENT 'DEFAULT or the province whose settings applied',
    screened_at       TIMESTAMP(3) NOT NULL,
    desk_case_id      BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_screening_unit_year (uscc, report_year),
    KEY idx_screening_list (report_year, region_code, risk_class),
    KEY idx_screening_case (desk_case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '书面监察筛查结果';

CREATE TABLE desk_signal (
    screening_id BIGINT        NOT NULL,
    line_no      INT           NOT NULL,
    code         VARCHAR(32)   NOT NULL,
    outcome      VARCHAR(8)    NOT NULL COMMENT 'CASE | FLAG',
    law_article  VARCHAR(24)   NULL,
    subject      VARCHAR(200)  NOT NULL,
    message      VARCHAR(2000) NOT NULL,
    field        VARCHAR(64)   NULL,
    value        DECIMAL(20, 6) NULL,
    threshold    DECIMAL(20, 6) NULL,
    unit         VARCHAR(24)   NULL,
    basis_json   TEXT          NOT NULL,
    unconfirmed  BOOLEAN       NOT NULL,
    PRIMARY KEY (screening_id, line_no),
    KEY idx_signal_code (code),
    CONSTRAINT fk_signal_screening FOREIGN KEY (screening_id) REFERENCES desk_screening (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '筛查信号';

-- Who must file next year: the key-unit class recomputed from a report's comprehensive consumption (GB/T 2589).
CREATE TABLE key_unit_flag (
    uscc         CHAR(18)       NOT NULL,
    applies_year INT            NOT NULL COMMENT 'the report year this flag decides the filing of',
    total_tce    DECIMAL(16, 4) NOT NULL,
    status       VARCHAR(16)    NOT NULL COMMENT 'YES | IF_DESIGNATED | NO',
    basis        VARCHAR(500)   NOT NULL,
    version_id   BIGINT         NOT NULL,
    computed_at  TIMESTAMP(3)   NOT NULL,
    PRIMARY KEY (uscc, applies_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '重点用能单位认定（按报告折算）';

-- The screening's risk class per unit and report year: the RISK_CLASS stratum of the next draws.
CREATE TABLE enterprise_risk_class (
    uscc         CHAR(18)    NOT NULL,
    report_year  INT         NOT NULL,
    risk_class   VARCHAR(8)  NOT NULL,
    screening_id BIGINT      NOT NULL,
    PRIMARY KEY (uscc, report_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '风险分类（书面监察筛查）';

-- The desk part of a desk case: the screening it came from, each signal confirmed or dismissed, the documents asked
-- for, the written answer, the review's decision.
CREATE TABLE desk_case (
    case_id              BIGINT        NOT NULL,
    screening_id         BIGINT        NOT NULL,
    signal_decisions     TEXT          NULL COMMENT 'JSON: per signal line, confirmed or dismissed with the reason',
    requested_documents  TEXT          NULL COMMENT 'JSON list of the documents the last notice asked for',
    answer_due           DATE          NULL,
    answer_text          TEXT          NULL,
    answer_evidence      VARCHAR(500)  NULL COMMENT 'JSON list of evidence ids sent with the answer',
    answered_by          VARCHAR(64)   NULL,
    answered_at          TIMESTAMP(3)  NULL,
    no_answer            BOOLEAN       NOT NULL DEFAULT FALSE,
    decision             VARCHAR(16)   NULL COMMENT 'CLOSE | MORE_DOCUMENTS | RECTIFY | ESCALATE',
    decision_reason      VARCHAR(1000) NULL,
    decided_by           VARCHAR(64)   NULL,
    decided_at           TIMESTAMP(3)  NULL,
    escalated_case_id    BIGINT        NULL,
    PRIMARY KEY (case_id),
    UNIQUE KEY uk_desk_case_screening (screening_id),
    CONSTRAINT fk_desk_case_case FOREIGN KEY (case_id) REFERENCES inspection_case (id),
    CONSTRAINT fk_desk_case_screening FOREIGN KEY (screening_id) REFERENCES desk_screening (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '书面监察案件';

-- A named target's reason in words (e.g. the unrectified case of last year a 复查 target comes from).
ALTER TABLE campaign_named_target ADD COLUMN note VARCHAR(300) NULL COMMENT '点名理由说明';
