-- Foundation tables: regions (GB/T 2260), inspection agencies, users, API tokens and the enterprise register.
-- MySQL 8 and MariaDB 11; utf8mb4 throughout so every Chinese name fits.

CREATE TABLE region (
    code        CHAR(6)     NOT NULL,
    name        VARCHAR(64) NOT NULL,
    level       VARCHAR(8)  NOT NULL COMMENT 'PROVINCE | CITY | COUNTY',
    parent_code CHAR(6)     NULL,
    PRIMARY KEY (code),
    KEY idx_region_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'GB/T 2260 行政区划';

CREATE TABLE agency (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(128) NOT NULL,
    region_code CHAR(6)      NOT NULL,
    tier        VARCHAR(8)   NOT NULL COMMENT 'PROVINCE | CITY | COUNTY',
    PRIMARY KEY (id),
    UNIQUE KEY uk_agency_name (name),
    KEY idx_agency_region (region_code),
    CONSTRAINT fk_agency_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '节能监察机构';

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    username            VARCHAR(64)  NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    display_name        VARCHAR(64)  NOT NULL,
    role                VARCHAR(24)  NOT NULL COMMENT 'PROVINCE_ADMIN | SUPERVISOR | INSPECTOR | ENTERPRISE | AUDITOR',
    region_code         CHAR(6)      NOT NULL,
    agency_id           BIGINT       NULL,
    enterprise_uscc     CHAR(18)     NULL COMMENT '企业用户的统一社会信用代码',
    certificate_no      VARCHAR(32)  NULL COMMENT '执法证号',
    certificate_expires DATE         NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP(3) NULL,
    created_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_username (username),
    KEY idx_user_agency (agency_id),
    CONSTRAINT fk_user_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_user_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '用户';

CREATE TABLE api_token (
    token_hash CHAR(64)     NOT NULL COMMENT 'SHA-256 of the bearer token; the token itself is never stored',
    user_id    BIGINT       NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY idx_token_expiry (expires_at),
    CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = ascii COMMENT = 'API bearer tokens';

CREATE TABLE enterprise (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    uscc              CHAR(18)       NOT NULL COMMENT '统一社会信用代码 (GB 32100-2015)',
    name              VARCHAR(200)   NOT NULL,
    region_code       CHAR(6)        NOT NULL COMMENT 'county-level GB/T 2260 code',
    address           VARCHAR(300)   NULL,
    industry_code     VARCHAR(5)     NOT NULL COMMENT '国民经济行业分类 GB/T 4754',
    annual_energy_tce DECIMAL(14, 2) NULL COMMENT '年综合能源消费量 (tce)',
    energy_year       INT            NULL,
    key_energy_unit   BOOLEAN        NOT NULL DEFAULT FALSE COMMENT '重点用能单位',
    contact_name      VARCHAR(64)    NULL,
    contact_phone     VARCHAR(32)    NULL,
    version           INT            NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_enterprise_uscc (uscc),
    KEY idx_enterprise_region (region_code),
    KEY idx_enterprise_industry (industry_code),
    CONSTRAINT fk_enterprise_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = '企业名录';
