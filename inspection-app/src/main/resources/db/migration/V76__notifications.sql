-- The message centre (issue 17): one row per recipient and event (dedupe_key), read or not; the case page lists who was
-- told of its escalations and when. notification_delivery records what the test channel would have sent by SMS or
-- e-mail; notification_watermark remembers how far the task poller has looked.

CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT        NOT NULL,
    kind         VARCHAR(40)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(1000) NULL,
    link         VARCHAR(300)  NULL,
    case_id      BIGINT        NULL,
    task_id      VARCHAR(64)   NULL,
    plan_id      BIGINT        NULL,
    dedupe_key   VARCHAR(160)  NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    read_at      TIMESTAMP(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notification_event (recipient_id, dedupe_key),
    KEY idx_notification_inbox (recipient_id, read_at, id),
    KEY idx_notification_case (case_id, id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '站内消息';

CREATE TABLE notification_delivery (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    channel      VARCHAR(16)   NOT NULL,
    recipient_id BIGINT        NOT NULL,
    address      VARCHAR(64)   NULL COMMENT 'the phone (or e-mail) it would go to',
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(1000) NULL,
    dedupe_key   VARCHAR(160)  NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_delivery_event (channel, recipient_id, dedupe_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '外部渠道发送记录（测试渠道）';

CREATE TABLE notification_watermark (
    name      VARCHAR(32)  NOT NULL,
    last_seen TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;

-- 保存的查询条件 of the desk pages (case list, workbench, enterprise register), per user
CREATE TABLE saved_filter (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    user_id    BIGINT        NOT NULL,
    page       VARCHAR(32)   NOT NULL,
    name       VARCHAR(64)   NOT NULL,
    query_json VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_saved_filter (user_id, page, name),
    CONSTRAINT fk_saved_filter_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '保存的查询条件';
