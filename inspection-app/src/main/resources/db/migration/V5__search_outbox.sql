-- Transactional outbox of the search index: a change to an indexed record writes a row here in the same transaction,
-- and the indexer ships the rows to Elasticsearch. Nothing is lost when search is down: the rows wait.
CREATE TABLE search_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    entity          VARCHAR(16)   NOT NULL COMMENT 'ENTERPRISE | CASE',
    entity_key      VARCHAR(40)   NOT NULL COMMENT 'uscc of an enterprise, id of a case',
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NULL,
    last_error      VARCHAR(1000) NULL,
    parked          BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    KEY idx_outbox_due (parked, next_attempt_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '检索索引待同步';
