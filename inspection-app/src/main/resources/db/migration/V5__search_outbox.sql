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

-- Index rebuilds (DB → new physical index → alias switch). A RUNNING row tells every indexer node to write each
-- change to the new index as well as to the alias, so a change made during the rebuild is never lost by the switch.
-- running_guard is 1 while RUNNING and NULL afterwards: the unique key allows one running rebuild at a time.
CREATE TABLE search_rebuild (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(8)    NOT NULL COMMENT 'INITIAL (fills the alias''s first index) | FULL (new index, alias switch)',
    target_index    VARCHAR(100)  NOT NULL,
    state           VARCHAR(8)    NOT NULL COMMENT 'RUNNING | DONE | FAILED',
    running_guard   TINYINT       NULL,
    index_ready     BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'the target index exists: indexers may write to it',
    documents_total BIGINT        NOT NULL DEFAULT 0,
    documents_done  BIGINT        NOT NULL DEFAULT 0,
    requested_by    VARCHAR(64)   NOT NULL,
    started_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    heartbeat_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    finished_at     TIMESTAMP(3)  NULL,
    error           VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rebuild_running (running_guard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '检索索引重建';
