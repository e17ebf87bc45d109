-- Commands from inspectors' devices carry a client-generated request id; the first answer is kept so a resend
-- (after a lost connection) returns it again and changes nothing.
CREATE TABLE mobile_request (
    username          VARCHAR(64)  NOT NULL,
    client_request_id VARCHAR(64)  NOT NULL,
    case_id           BIGINT       NOT NULL,
    command           VARCHAR(20)  NOT NULL COMMENT 'ANSWERS | RECORD | EVIDENCE',
    resource_id       BIGINT       NULL,
    status            VARCHAR(40)  NOT NULL,
    received_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (username, client_request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '移动端请求（幂等）';
