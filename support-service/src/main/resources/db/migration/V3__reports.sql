-- Reports built asynchronously: a request inserts a QUEUED row and puts the report's id on the
-- queue vitrina.support.reports in the same transaction; a worker builds the file and marks the row
-- DONE (or FAILED). The file is kept in chunks of at most 1 MiB, so neither a build nor a download
-- ever holds a whole report in memory or in one packet.
--
-- pending_key is set while a report is QUEUED or RUNNING and cleared once it ends: the unique key
-- lets at most one identical request (same requester, kind and parameters) be pending at a time,
-- and NULLs never collide.
CREATE TABLE reports (
  id             CHAR(36)      NOT NULL,
  kind           VARCHAR(32)   NOT NULL,
  parameters     VARCHAR(2000) NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  requested_by   VARCHAR(255)  NOT NULL,
  requested_at   DATETIME(6)   NOT NULL,
  started_at     DATETIME(6)   NULL,
  finished_at    DATETIME(6)   NULL,
  attempts       INT           NOT NULL,
  row_count      BIGINT        NULL,
  content_bytes  BIGINT        NULL,
  chunk_count    INT           NULL,
  file_name      VARCHAR(100)  NULL,
  failure_reason VARCHAR(500)  NULL,
  pending_key    CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_reports_pending (pending_key),
  KEY ix_reports_requested_at (requested_at),
  KEY ix_reports_status (status, requested_at),
  CONSTRAINT ck_reports_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  CONSTRAINT ck_reports_attempts CHECK (attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_chunks (
  report_id CHAR(36)   NOT NULL,
  seq       INT        NOT NULL,
  data      MEDIUMBLOB NOT NULL,
  PRIMARY KEY (report_id, seq),
  CONSTRAINT fk_report_chunks_report FOREIGN KEY (report_id) REFERENCES reports (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reports read the tickets opened in a period, a keyset page by (opened_at, id) at a time.
CREATE INDEX ix_tickets_opened ON tickets (opened_at, id);
