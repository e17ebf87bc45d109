-- Idempotency keys of the mobile API are scoped by user, case and command, and remember a hash of the request they
-- answered: the same key resent with the same request gets the first receipt, with a different request a 409 — never a
-- silent success that stored nothing (the Idempotency-Key convention).
ALTER TABLE mobile_request
    ADD COLUMN request_sha256 CHAR(64) NULL COMMENT 'SHA-256 of the request (JSON body, or the uploaded file)',
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (username, case_id, command, client_request_id);
