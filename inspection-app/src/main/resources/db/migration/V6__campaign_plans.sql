-- Campaign plans (监察计划) per tier and their split to the tier below (issue 5, regulations.md §1.4/§1.5).
-- A plan belongs to one agency; a sub-plan points to the plan it was split from. region_code is the owning agency's
-- region copied at creation, so jurisdiction queries need no join.

CREATE TABLE campaign_plan (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    agency_id               BIGINT       NOT NULL,
    region_code             CHAR(6)      NOT NULL COMMENT 'the owning agency''s region',
    tier                    VARCHAR(8)   NOT NULL COMMENT 'PROVINCE | CITY | COUNTY',
    parent_plan_id          BIGINT       NULL COMMENT 'the plan this one was split from',
    plan_year               INT          NOT NULL,
    title                   VARCHAR(200) NOT NULL,
    inspection_type         VARCHAR(8)   NOT NULL COMMENT 'ON_SITE | DESK',
    checklist_template_code VARCHAR(64)  NULL,
    industries              JSON         NOT NULL COMMENT 'GB/T 4754 code prefixes; empty = all industries',
    key_energy_units_only   BOOLEAN      NOT NULL DEFAULT FALSE,
    quota                   INT          NOT NULL COMMENT 'targets to draw in this plan''s region, sub-plans included',
    status                  VARCHAR(8)   NOT NULL COMMENT 'DRAFT | ISSUED | ACCEPTED | RETURNED',
    return_reason           VARCHAR(500) NULL,
    split_due               DATE         NOT NULL,
    draw_due                DATE         NOT NULL,
    execution_due           DATE         NOT NULL,
    summary_due             DATE         NOT NULL,
    created_by              VARCHAR(64)  NOT NULL,
    created_at              TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at              TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version                 INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_campaign_plan_child (parent_plan_id, agency_id),
    KEY idx_campaign_plan_region (region_code),
    KEY idx_campaign_plan_agency (agency_id),
    CONSTRAINT fk_campaign_plan_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_campaign_plan_parent FOREIGN KEY (parent_plan_id) REFERENCES campaign_plan (id),
    CONSTRAINT ck_campaign_plan_quota CHECK (quota >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '监察计划';

CREATE TABLE campaign_named_target (
    plan_id BIGINT      NOT NULL,
    uscc    CHAR(18)    NOT NULL COMMENT '统一社会信用代码',
    reason  VARCHAR(16) NOT NULL COMMENT 'NATIONAL_LIST | REINSPECTION | COMPLAINT',
    PRIMARY KEY (plan_id, uscc),
    CONSTRAINT fk_named_target_plan FOREIGN KEY (plan_id) REFERENCES campaign_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '点名检查对象（不参与抽签）';
