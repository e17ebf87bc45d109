-- Inspection rounds (监察轮次). A re-inspection (现场复查) ordered by the review is a new round of the same case: round 2
-- keeps round 1's on-site record, checklist answers, findings, statement, notice, answers and review as history and adds
-- its own. The enterprise may state its case (陈述) and ask one extension (延期) per notice, i.e. per round.

ALTER TABLE inspection_case
    ADD COLUMN current_round INT NOT NULL DEFAULT 1 COMMENT 'the round the case is in; 2+ after a re-inspection was ordered';

ALTER TABLE checklist_answer
    ADD COLUMN round INT NOT NULL DEFAULT 1 AFTER case_id,
    ADD COLUMN version INT NOT NULL DEFAULT 1 COMMENT 'raised by every change of the answer',
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (case_id, round, item_code);

ALTER TABLE on_site_record
    ADD COLUMN round INT NOT NULL DEFAULT 1 AFTER case_id,
    ADD COLUMN entered_at TIMESTAMP(3) NULL COMMENT 'when the signed record reached the server (a late entry shows)',
    ADD COLUMN entered_by VARCHAR(64) NULL,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (case_id, round);

-- the evidence a signed record covers, with the hash it had when the record was signed
CREATE TABLE on_site_record_evidence (
    case_id     BIGINT   NOT NULL,
    round       INT      NOT NULL,
    evidence_id BIGINT   NOT NULL,
    sha256      CHAR(64) NOT NULL,
    PRIMARY KEY (case_id, round, evidence_id),
    CONSTRAINT fk_record_evidence_record FOREIGN KEY (case_id, round) REFERENCES on_site_record (case_id, round),
    CONSTRAINT fk_record_evidence_file FOREIGN KEY (evidence_id) REFERENCES evidence_file (id)
) ENGINE = InnoDB COMMENT = '笔录所附证据';

ALTER TABLE finding
    MODIFY COLUMN source VARCHAR(16) NOT NULL COMMENT 'RULE | INSPECTOR (graded by hand) | MANUAL',
    ADD COLUMN round INT NOT NULL DEFAULT 1 AFTER case_id,
    ADD COLUMN graded_by VARCHAR(64) NULL COMMENT 'inspector who graded by hand what the rules could not (source INSPECTOR)',
    ADD COLUMN grading_reason VARCHAR(500) NULL,
    ADD COLUMN recorded_by VARCHAR(64) NULL COMMENT 'who recorded a manual finding',
    ADD KEY idx_finding_round (case_id, round);

ALTER TABLE case_document
    MODIFY COLUMN document_number VARCHAR(60) NULL COMMENT '文号, allocated when the document is issued; none while a draft',
    ADD COLUMN round INT NOT NULL DEFAULT 1 AFTER case_id,
    ADD COLUMN superseded_by BIGINT NULL COMMENT 'the document that replaced this one (status SUPERSEDED)',
    ADD COLUMN issued_by VARCHAR(64) NULL;

ALTER TABLE enterprise_statement
    ADD COLUMN round INT NOT NULL DEFAULT 1 AFTER case_id,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (case_id, round);

ALTER TABLE rectification_answer
    CHANGE COLUMN round attempt INT NOT NULL COMMENT 'answers to the same notice: 1, then 2 after a rejection …',
    ADD COLUMN round INT NOT NULL DEFAULT 1 AFTER case_id;

ALTER TABLE extension_request
    ADD COLUMN round INT NOT NULL DEFAULT 1 AFTER case_id,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (case_id, round);

ALTER TABLE rectification_review
    ADD COLUMN round INT NOT NULL DEFAULT 1 AFTER case_id,
    ADD COLUMN reinspection_date DATE NULL;

-- 文号: each document kind has its own series per agency and year (GB/T 9704: 浙节监通〔2026〕12号)
CREATE TABLE document_number_sequence (
    agency_id  BIGINT      NOT NULL,
    year       INT         NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    last_value INT         NOT NULL,
    PRIMARY KEY (agency_id, year, kind),
    CONSTRAINT fk_doc_seq_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB;

-- 改期: the visit moved to a new date, with the reason; the notice served for the old date is kept as superseded
CREATE TABLE visit_reschedule (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    case_id        BIGINT       NOT NULL,
    round          INT          NOT NULL,
    old_visit_date DATE         NULL,
    new_visit_date DATE         NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    requested_by   VARCHAR(64)  NOT NULL,
    requested_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_reschedule_case (case_id),
    CONSTRAINT fk_reschedule_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '检查改期';

-- 撤销立案: requested with a reason, approved or refused by a supervisor; the case number stays used
CREATE TABLE case_withdrawal (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_id      BIGINT       NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    requested_by VARCHAR(64)  NOT NULL,
    requested_at TIMESTAMP(3) NOT NULL,
    approved     BOOLEAN      NULL,
    comment      VARCHAR(500) NULL,
    decided_by   VARCHAR(64)  NULL,
    decided_at   TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    KEY idx_withdrawal_case (case_id),
    CONSTRAINT fk_withdrawal_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '撤销立案申请';
