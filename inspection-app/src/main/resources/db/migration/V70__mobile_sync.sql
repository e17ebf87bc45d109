-- Offline sync of inspectors' devices (issue 13). A resend of a command gets the first receipt itself, not one made up
-- again from today's data (the versions an answer produced, the time it arrived).
ALTER TABLE mobile_request
    ADD COLUMN receipt_json JSON NULL COMMENT 'the receipt first answered, returned again to every resend',
    ADD KEY idx_mobile_request_case (case_id, received_at);

-- What the device knows of each evidence file it sent: its kind (photo, file, signature), caption, the checklist item
-- it supports, the hash it computed when the file was taken, its time and position by the device, the original
-- photo's EXIF time and GPS, and for a signature who signed. One file per hash and case: a resend under another
-- request id gets the first receipt.
CREATE TABLE mobile_evidence (
    evidence_id       BIGINT        NOT NULL,
    case_id           BIGINT        NOT NULL,
    round             INT           NOT NULL,
    kind              VARCHAR(16)   NOT NULL COMMENT 'PHOTO | FILE | SIGNATURE',
    sha256            CHAR(64)      NOT NULL COMMENT 'as computed on the device, checked against the bytes',
    caption           VARCHAR(200)  NULL,
    item_code         VARCHAR(40)   NULL,
    taken_at          TIMESTAMP(3)  NULL COMMENT 'device clock',
    latitude          DECIMAL(10,7) NULL,
    longitude         DECIMAL(10,7) NULL,
    accuracy_m        DECIMAL(10,1) NULL,
    no_fix            VARCHAR(200)  NULL COMMENT 'why the device had no position',
    exif_taken_at     VARCHAR(40)   NULL COMMENT 'DateTimeOriginal of the original photo, as the camera wrote it',
    exif_latitude     DECIMAL(10,7) NULL,
    exif_longitude    DECIMAL(10,7) NULL,
    original_bytes    BIGINT        NULL COMMENT 'size before compression on the device',
    signer_role       VARCHAR(16)   NULL COMMENT 'REPRESENTATIVE | INSPECTOR',
    signer            VARCHAR(64)   NULL,
    client_request_id VARCHAR(64)   NOT NULL,
    uploaded_by       VARCHAR(64)   NOT NULL,
    received_at       TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (evidence_id),
    UNIQUE KEY uk_mobile_evidence_hash (case_id, sha256),
    KEY idx_mobile_evidence_round (case_id, round),
    CONSTRAINT fk_mobile_evidence_file FOREIGN KEY (evidence_id) REFERENCES evidence_file (id),
    CONSTRAINT fk_mobile_evidence_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '移动端证据元数据';

-- The visit as the device recorded it: the device's times with the server's receipt beside them, and the position at
-- the start and the end (or why there was none).
CREATE TABLE on_site_visit (
    case_id              BIGINT        NOT NULL,
    round                INT           NOT NULL,
    started_at           TIMESTAMP(3)  NOT NULL COMMENT 'device clock',
    ended_at             TIMESTAMP(3)  NOT NULL COMMENT 'device clock',
    start_latitude       DECIMAL(10,7) NULL,
    start_longitude      DECIMAL(10,7) NULL,
    start_accuracy_m     DECIMAL(10,1) NULL,
    start_fixed_at       TIMESTAMP(3)  NULL,
    start_no_fix         VARCHAR(200)  NULL,
    end_latitude         DECIMAL(10,7) NULL,
    end_longitude        DECIMAL(10,7) NULL,
    end_accuracy_m       DECIMAL(10,1) NULL,
    end_fixed_at         TIMESTAMP(3)  NULL,
    end_no_fix           VARCHAR(200)  NULL,
    submitted_by         VARCHAR(64)   NOT NULL,
    received_at          TIMESTAMP(3)  NOT NULL,
    PRIMARY KEY (case_id, round),
    CONSTRAINT fk_visit_case FOREIGN KEY (case_id) REFERENCES inspection_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '现场检查轨迹（移动端）';
