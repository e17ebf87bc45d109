-- Draws of campaign plans (双随机), their targets, the cases started from them and what is published (一公开).
-- Issue 5; regulations.md §1.5; the algorithm is docs/draw-algorithm.md.

-- A plan's publication: the plan (before any commitment, so the commitment is public before the draw) and later the
-- results of its closed cases. Kept apart from campaign_plan so the plan row and its version stay about the plan.
CREATE TABLE campaign_publication (
    plan_id              BIGINT       NOT NULL,
    plan_published_at    TIMESTAMP(3) NOT NULL,
    plan_published_by    VARCHAR(64)  NOT NULL,
    results_published_at TIMESTAMP(3) NULL,
    results_published_by VARCHAR(64)  NULL,
    PRIMARY KEY (plan_id),
    CONSTRAINT fk_publication_plan FOREIGN KEY (plan_id) REFERENCES campaign_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '监察计划公开';

-- The campaign process of a plan tells us when a phase passed its due date without being done.
CREATE TABLE campaign_phase_overdue (
    plan_id    BIGINT       NOT NULL,
    phase      VARCHAR(16)  NOT NULL COMMENT 'SPLIT | DRAW | EXECUTION | SUMMARY',
    noticed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (plan_id, phase),
    CONSTRAINT fk_phase_overdue_plan FOREIGN KEY (plan_id) REFERENCES campaign_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '计划阶段逾期';

-- One attempt at drawing a plan's targets. The inputs are frozen at commitment in the canonical JSON of the draw
-- file; the seed stays secret (never served) until the draw is revealed. A second attempt needs a reason and
-- supersedes the first, which stays on record.
CREATE TABLE campaign_draw (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id           BIGINT       NOT NULL,
    attempt           INT          NOT NULL,
    status            VARCHAR(12)  NOT NULL COMMENT 'COMMITTED | DRAWN | REVEALED | SUPERSEDED',
    pool_json         LONGTEXT     NOT NULL COMMENT 'the candidate pool snapshot',
    roster_json       LONGTEXT     NOT NULL COMMENT 'the executing agency''s inspectors',
    parameters_json   TEXT         NOT NULL,
    pool_sha256       CHAR(64)     NOT NULL,
    inspectors_sha256 CHAR(64)     NOT NULL,
    parameters_sha256 CHAR(64)     NOT NULL,
    seed_sha256       CHAR(64)     NOT NULL,
    seed_hex          CHAR(64)     NOT NULL COMMENT 'secret until revealed_at (a superseded draw is revealed too)',
    pool_size         INT          NOT NULL,
    result_json       LONGTEXT     NULL,
    target_count      INT          NULL,
    reason            VARCHAR(500) NULL COMMENT 'why a second draw was needed',
    committed_by      VARCHAR(64)  NOT NULL,
    committed_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    drawn_at          TIMESTAMP(3) NULL,
    revealed_at       TIMESTAMP(3) NULL,
    superseded_at     TIMESTAMP(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_campaign_draw_attempt (plan_id, attempt),
    CONSTRAINT fk_campaign_draw_plan FOREIGN KEY (plan_id) REFERENCES campaign_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '随机抽取（承诺、结果、种子）';

-- The targets of a plan's current draw: named (without draw), drawn, or put in by a manual replacement. A replaced
-- target stays with status REPLACED and points to its replacement.
CREATE TABLE campaign_target (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id            BIGINT       NOT NULL,
    draw_id            BIGINT       NOT NULL,
    uscc               CHAR(18)     NOT NULL,
    source             VARCHAR(12)  NOT NULL COMMENT 'NAMED | DRAWN | REPLACEMENT',
    stratum            VARCHAR(64)  NULL,
    team               VARCHAR(500) NOT NULL COMMENT 'usernames, comma separated, as drawn or replaced',
    status             VARCHAR(10)  NOT NULL COMMENT 'ACTIVE | REPLACED | SUPERSEDED (its draw was replaced by a re-draw)',
    replaced_by        BIGINT       NULL,
    replacement_reason VARCHAR(500) NULL,
    case_id            BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_campaign_target (draw_id, uscc),
    KEY idx_campaign_target_plan (plan_id, status, case_id),
    KEY idx_campaign_target_uscc (uscc),
    CONSTRAINT fk_campaign_target_draw FOREIGN KEY (draw_id) REFERENCES campaign_draw (id),
    CONSTRAINT fk_campaign_target_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '检查对象（点名、抽取、替换）';

-- roll-ups group a plan tree's cases by campaign and status
CREATE INDEX idx_case_campaign_status ON inspection_case (campaign_id, status);

-- Why a target could not get its case (team no longer qualifies, enterprise moved); cleared when starting again.
ALTER TABLE campaign_target ADD COLUMN start_refusal VARCHAR(300) NULL;

-- A request to start the cases of a plan's targets. Kept so that a restart resumes unfinished work.
CREATE TABLE campaign_case_start (
    plan_id      BIGINT       NOT NULL,
    visit_date   DATE         NOT NULL,
    requested_by VARCHAR(64)  NOT NULL,
    requested_at TIMESTAMP(3) NOT NULL,
    finished_at  TIMESTAMP(3) NULL,
    PRIMARY KEY (plan_id),
    CONSTRAINT fk_case_start_plan FOREIGN KEY (plan_id) REFERENCES campaign_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '批量立案请求';
