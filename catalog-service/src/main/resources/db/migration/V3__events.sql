-- The ids of the order events this service has acted on, written in the same transaction as the
-- effect: a redelivered or republished event finds its id here and changes nothing a second time.
-- Rows older than vitrina.events.processed-retention are purged; no broker redelivers that late.
CREATE TABLE processed_events (
  event_id     VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  event_type   VARCHAR(100) NOT NULL,
  processed_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (event_id),
  KEY ix_processed_events_processed_at (processed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
