-- Login sessions: one row per refresh-token family.
CREATE TABLE sessions (
  id           CHAR(36)     NOT NULL,
  user_id      CHAR(36)     NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  last_used_at DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  user_agent   VARCHAR(255) NULL,
  client_ip    VARCHAR(45)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sessions_user ON sessions (user_id, expires_at);

-- Refresh tokens by SHA-256 (hex). Used ones stay until their session ends, to recognise replays;
-- ending a session (a row delete, bulk or not) takes its tokens with it.
CREATE TABLE refresh_tokens (
  token_hash CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  session_id CHAR(36)    NOT NULL,
  issued_at  DATETIME(6) NOT NULL,
  used_at    DATETIME(6) NULL,
  PRIMARY KEY (token_hash),
  CONSTRAINT fk_refresh_tokens_session FOREIGN KEY (session_id) REFERENCES sessions (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins per normalised email hash (SHA-256 hex), for existing and unknown emails alike.
CREATE TABLE login_throttle (
  email_hash        CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  failures          INT         NOT NULL,
  window_started_at DATETIME(6) NULL,
  locked_until      DATETIME(6) NULL,
  PRIMARY KEY (email_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
