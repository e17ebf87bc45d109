-- Holidays and adjusted workdays (调休) of a year as a province administrator enters them from the State Council
-- notice (国务院办公厅关于…年部分节假日安排的通知), issue 11. The years shipped in the rules library
-- (rules/src/main/resources/rules/calendar/) stay the base; a year entered here replaces the shipped year of the same
-- number. Every change is also in audit_log.

CREATE TABLE calendar_year (
    year          SMALLINT     NOT NULL,
    notice_title  VARCHAR(200) NOT NULL,
    notice_number VARCHAR(60)  NOT NULL COMMENT '文号, e.g. 国办发明电〔2026〕7号',
    notice_date   DATE         NOT NULL COMMENT '发布日期',
    notice_url    VARCHAR(500) NULL,
    entered_by    VARCHAR(64)  NOT NULL,
    entered_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version       INT          NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '节假日安排（管理员录入）';

CREATE TABLE calendar_day (
    day  DATE        NOT NULL,
    year SMALLINT    NOT NULL,
    kind VARCHAR(8)  NOT NULL COMMENT 'HOLIDAY (放假) | WORKDAY (调休上班)',
    name VARCHAR(20) NOT NULL,
    PRIMARY KEY (day),
    KEY idx_calendar_day_year (year),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (year) REFERENCES calendar_year (year) ON DELETE CASCADE,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '节假日与调休上班日';

-- One row, bumped by every change of the two tables above: each app node compares it with the revision it loaded and
-- reloads the calendar when it moved (a single-row read, cheap enough to poll).
CREATE TABLE calendar_revision (
    id       TINYINT NOT NULL,
    revision BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '节假日安排版本';

INSERT INTO calendar_revision (id, revision) VALUES (1, 0);
