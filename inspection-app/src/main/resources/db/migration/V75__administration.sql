-- Administration without SQL (issue 17): agencies with their address and seal text, users' phones, inspectors'
-- enforcement certificates (执法证) with their history and training records, conflicts of interest (回避) declared and
-- decided with an end date, checklist template drafts, and the client address on the audit trail.

ALTER TABLE agency
    ADD COLUMN address   VARCHAR(300) NULL COMMENT '机构地址, printed on documents',
    ADD COLUMN seal_text VARCHAR(64)  NULL COMMENT '印章文字, e.g. 杭州市西湖区节能监察大队',
    ADD COLUMN version   INT          NOT NULL DEFAULT 0;

ALTER TABLE app_user
    ADD COLUMN phone   VARCHAR(32) NULL COMMENT '手机号（短信通知）',
    ADD COLUMN version INT         NOT NULL DEFAULT 0;

-- 执法证: an inspector may hold several over the years; the team rule and the draw read the one valid on the date.
-- app_user.certificate_no / certificate_expires stay as the inspector's current card (kept by the application), for
-- readers that print it.
CREATE TABLE inspector_credential (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    user_id           BIGINT       NOT NULL,
    certificate_no    VARCHAR(32)  NOT NULL COMMENT '执法证号',
    issuing_authority VARCHAR(128) NULL COMMENT '发证机关',
    valid_from        DATE         NULL COMMENT 'NULL only for certificates carried over from before this table',
    valid_to          DATE         NOT NULL,
    status            VARCHAR(12)  NOT NULL DEFAULT 'ACTIVE' COMMENT 'ACTIVE | SUSPENDED | REVOKED',
    created_by        VARCHAR(64)  NOT NULL,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_credential_number (certificate_no),
    KEY idx_credential_user (user_id, valid_to),
    KEY idx_credential_expiry (status, valid_to),
    CONSTRAINT fk_credential_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '行政执法证';

INSERT INTO inspector_credential (user_id, certificate_no, valid_from, valid_to, status, created_by)
SELECT id, certificate_no, NULL, certificate_expires, 'ACTIVE', 'migration'
FROM app_user WHERE certificate_no IS NOT NULL AND certificate_expires IS NOT NULL;

-- a user created with a certificate (older code paths, fixtures) gets its credential row at once
CREATE TRIGGER app_user_credential AFTER INSERT ON app_user FOR EACH ROW
    INSERT INTO inspector_credential (user_id, certificate_no, valid_from, valid_to, status, created_by)
    SELECT NEW.id, NEW.certificate_no, NULL, NEW.certificate_expires, 'ACTIVE', 'account'
    FROM DUAL WHERE NEW.certificate_no IS NOT NULL AND NEW.certificate_expires IS NOT NULL;

CREATE TABLE inspector_training (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    user_id      BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL COMMENT '培训名称',
    provider     VARCHAR(128)  NULL COMMENT '培训机构',
    hours        DECIMAL(6, 1) NOT NULL COMMENT '学时',
    completed_on DATE          NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_training_user (user_id, completed_on),
    CONSTRAINT fk_training_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '执法培训记录';

-- 回避: declared by the inspector, decided by a supervisor. Rows from before were entered by hand and count as approved.
-- A declaration keeps the inspector off the enterprise's team while it waits (DECLARED) and once APPROVED, until
-- ends_on; a REJECTED one does not.
ALTER TABLE user_conflict
    ADD COLUMN id            BIGINT       NOT NULL AUTO_INCREMENT,
    ADD UNIQUE KEY uk_conflict_id (id),
    ADD COLUMN status        VARCHAR(10)  NOT NULL DEFAULT 'APPROVED' COMMENT 'DECLARED | APPROVED | REJECTED',
    ADD COLUMN ends_on       DATE         NULL COMMENT 'last day of the conflict; NULL: open-ended',
    ADD COLUMN declared_by   VARCHAR(64)  NULL,
    ADD COLUMN decided_by    VARCHAR(64)  NULL,
    ADD COLUMN decided_at    TIMESTAMP(3) NULL,
    ADD COLUMN decision_note VARCHAR(300) NULL,
    ADD KEY idx_conflict_status (status, declared_at);

-- a template version is a draft until published; only published versions start cases, and then never change
ALTER TABLE checklist_template
    ADD COLUMN status     VARCHAR(10)  NOT NULL DEFAULT 'PUBLISHED' COMMENT 'DRAFT | PUBLISHED',
    ADD COLUMN created_by VARCHAR(64)  NULL,
    ADD COLUMN created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ADD COLUMN published_by VARCHAR(64) NULL,
    MODIFY COLUMN published_at TIMESTAMP(3) NULL;

-- the operation log shows where a change came from
ALTER TABLE audit_log
    ADD COLUMN client_address VARCHAR(45) NULL,
    ADD KEY idx_audit_at (at),
    ADD KEY idx_audit_actor (actor, at);
