-- Idempotency keys of creating requests (the Idempotency-Key convention): a client whose reply was lost resends the
-- request with the same key and gets the first result; the same key with a different request is a 409.
CREATE TABLE idempotency_key (
    username        VARCHAR(64)  NOT NULL,
    operation       VARCHAR(60)  NOT NULL COMMENT 'e.g. enterprise.register',
    idempotency_key VARCHAR(64)  NOT NULL,
    request_sha256  CHAR(64)     NOT NULL,
    resource_id     VARCHAR(64)  NULL COMMENT 'what the first request created',
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (username, operation, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '幂等请求编号';
