-- Accounts. The email is stored normalised (trimmed, lower case); its unique index is what makes
-- "one account per address" hold under concurrent registrations.
CREATE TABLE users (
  id                    CHAR(36)     NOT NULL,
  email                 VARCHAR(254) NOT NULL,
  password_hash         VARCHAR(255) NOT NULL,
  display_name          VARCHAR(100) NOT NULL,
  full_name             VARCHAR(100) NULL,
  phone                 VARCHAR(16)  NULL,
  status                VARCHAR(16)  NOT NULL,
  pref_language         CHAR(2)      NOT NULL,
  pref_currency         CHAR(3)      NOT NULL,
  pref_channels         VARCHAR(64)  NOT NULL,
  pref_marketing_opt_in BOOLEAN      NOT NULL,
  created_at            DATETIME(6)  NOT NULL,
  updated_at            DATETIME(6)  NOT NULL,
  version               BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_users_email UNIQUE (email),
  CONSTRAINT ck_users_status CHECK (status IN ('ACTIVE', 'DISABLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_roles (
  user_id CHAR(36)    NOT NULL,
  role    VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_roles_role ON user_roles (role);

CREATE TABLE user_addresses (
  user_id     CHAR(36)     NOT NULL,
  position    INT          NOT NULL,
  label       VARCHAR(40)  NULL,
  line1       VARCHAR(100) NOT NULL,
  line2       VARCHAR(100) NULL,
  city        VARCHAR(100) NOT NULL,
  region      VARCHAR(100) NULL,
  postal_code VARCHAR(20)  NULL,
  country     CHAR(2)      NOT NULL,
  PRIMARY KEY (user_id, position),
  CONSTRAINT fk_user_addresses_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
