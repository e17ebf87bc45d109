-- Account security (issue 12 items 4, 12, 13, 14): password changes and resets, revocable sessions and tokens, a
-- second factor (TOTP), login throttling by account and by client address, and the security event log.

-- session_epoch: bumped whenever an account's sessions must end (disabled, password reset, tokens revoked); a browser
-- session remembers the epoch it signed in with and is refused once it differs.
ALTER TABLE app_user
    ADD COLUMN password_change_required BOOLEAN      NOT NULL DEFAULT FALSE COMMENT '管理员重置后须先修改密码',
    ADD COLUMN password_changed_at      TIMESTAMP(3) NULL,
    ADD COLUMN session_epoch            INT          NOT NULL DEFAULT 0,
    DROP COLUMN failed_logins,
    DROP COLUMN locked_until;

-- the throttle counters replace app_user.failed_logins / locked_until: they also cover unknown usernames and addresses
CREATE TABLE login_throttle (
    scope           VARCHAR(8)   NOT NULL COMMENT 'ACCOUNT | ADDRESS | PAIR (account at one address)',
    key_hash        CHAR(64)     NOT NULL COMMENT 'SHA-256 of the canonical username and/or client address',
    failures        INT          NOT NULL,
    last_failure_at TIMESTAMP(3) NOT NULL,
    blocked_until   TIMESTAMP(3) NULL,
    PRIMARY KEY (scope, key_hash),
    KEY idx_throttle_last_failure (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COMMENT = '登录限速计数';

CREATE TABLE user_totp (
    user_id      BIGINT       NOT NULL,
    secret       VARCHAR(64)  NOT NULL COMMENT 'RFC 4648 base32 TOTP secret',
    confirmed_at TIMESTAMP(3) NULL COMMENT 'NULL while enrolment waits for its first code',
    last_step    BIGINT       NOT NULL DEFAULT 0 COMMENT 'time step of the last accepted code: a code is accepted once',
    created_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_totp_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = ascii COMMENT = '动态口令 (RFC 6238)';

-- Security events (GB/T 22239 安全审计; 网络安全法 第二十一条: network logs kept at least six months). A table of its
-- own rather than rows in audit_log: the case audit is kept for good and refuses every DELETE, while this log has a
-- retention and a purge job. The triggers keep it append-only for every database client, and allow a DELETE only of
-- rows older than six calendar months, whatever the application's retention setting says.
CREATE TABLE security_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    at             TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    kind           VARCHAR(40)  NOT NULL,
    username       VARCHAR(64)  NULL COMMENT 'the account concerned (as typed, for a failed login)',
    actor          VARCHAR(64)  NULL COMMENT 'who acted, when not the account itself (administrator actions)',
    client_address VARCHAR(45)  NULL,
    detail_json    JSON         NULL,
    PRIMARY KEY (id),
    KEY idx_security_event_at (at),
    KEY idx_security_event_user (username, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '安全审计日志（只增不改）';

CREATE TRIGGER security_event_no_update BEFORE UPDATE ON security_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'security_event is append-only';

CREATE TRIGGER security_event_no_early_delete BEFORE DELETE ON security_event FOR EACH ROW
BEGIN
    IF OLD.at > NOW(3) - INTERVAL 6 MONTH THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'security_event rows are kept at least six months';
    END IF;
END;
