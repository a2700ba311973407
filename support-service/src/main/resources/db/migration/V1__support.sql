-- Support tickets, their threads, attachments, history and SLA targets. Plain DDL that MariaDB 11.4
-- and MySQL 8.4 both run; every statement stands alone because MySQL commits DDL implicitly.

-- A ticket. customer_id and assignee_id are user-service's user ids (the tokens' sub); order_id
-- and product_id are references the customer gave, not yet checked against their services.
-- message_count counts the messages customers see: internal notes never touch this row, so nothing
-- in it (not even its version) changes when a note is written.
-- The SLA due times are fixed when the ticket opens (and when its priority changes) from the
-- targets in force then; *_breached_at record when the schedule first saw a breach.
CREATE TABLE tickets (
  id                         CHAR(36)      NOT NULL,
  customer_id                VARCHAR(64)   NOT NULL,
  type                       VARCHAR(16)   NOT NULL,
  subject                    VARCHAR(200)  NOT NULL,
  body                       TEXT          NOT NULL,
  order_id                   VARCHAR(64)   NULL,
  product_id                 VARCHAR(64)   NULL,
  priority                   VARCHAR(16)   NOT NULL,
  status                     VARCHAR(24)   NOT NULL,
  assignee_id                VARCHAR(64)   NULL,
  message_count              INT           NOT NULL,
  opened_at                  DATETIME(6)   NOT NULL,
  updated_at                 DATETIME(6)   NOT NULL,
  first_responded_at         DATETIME(6)   NULL,
  resolved_at                DATETIME(6)   NULL,
  closed_at                  DATETIME(6)   NULL,
  first_response_due_at      DATETIME(6)   NOT NULL,
  resolution_due_at          DATETIME(6)   NOT NULL,
  first_response_breached_at DATETIME(6)   NULL,
  resolution_breached_at     DATETIME(6)   NULL,
  return_status              VARCHAR(16)   NULL,
  return_decided_at          DATETIME(6)   NULL,
  return_decided_by          VARCHAR(64)   NULL,
  version                    BIGINT        NOT NULL,
  PRIMARY KEY (id),
  KEY ix_tickets_customer (customer_id, updated_at),
  KEY ix_tickets_status_due (status, resolution_due_at),
  KEY ix_tickets_assignee_status (assignee_id, status),
  CONSTRAINT ck_tickets_message_count CHECK (message_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Full text over what the customer wrote when opening the ticket. The first FULLTEXT index of an
-- InnoDB table rebuilds it once to add the hidden FTS_DOC_ID column: a statement of its own.
ALTER TABLE tickets ADD FULLTEXT INDEX ft_tickets_subject_body (subject, body);

-- The lines of a RETURN ticket: what the customer wants to send back.
CREATE TABLE return_lines (
  ticket_id  CHAR(36)    NOT NULL,
  product_id VARCHAR(64) NOT NULL,
  quantity   INT         NOT NULL,
  PRIMARY KEY (ticket_id, product_id),
  CONSTRAINT fk_return_lines_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT ck_return_lines_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The thread. internal marks an agents' note that customers never see.
CREATE TABLE ticket_messages (
  id          CHAR(36)    NOT NULL,
  ticket_id   CHAR(36)    NOT NULL,
  author_id   VARCHAR(64) NOT NULL,
  author_role VARCHAR(16) NOT NULL,
  internal    BOOLEAN     NOT NULL,
  body        TEXT        NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_ticket_messages_ticket (ticket_id, created_at),
  CONSTRAINT fk_ticket_messages_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE ticket_messages ADD FULLTEXT INDEX ft_ticket_messages_body (body);

-- Files attached to messages; the bytes apart from the description so listing never loads them.
-- content_type is what the bytes were sniffed to be, never what the uploader claimed.
CREATE TABLE ticket_attachments (
  id           CHAR(36)     NOT NULL,
  ticket_id    CHAR(36)     NOT NULL,
  message_id   CHAR(36)     NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(64)  NOT NULL,
  size_bytes   INT          NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_ticket_attachments_ticket (ticket_id),
  KEY ix_ticket_attachments_message (message_id),
  CONSTRAINT fk_ticket_attachments_message FOREIGN KEY (message_id) REFERENCES ticket_messages (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_attachment_contents (
  attachment_id CHAR(36)   NOT NULL,
  content       MEDIUMBLOB NOT NULL,
  PRIMARY KEY (attachment_id),
  CONSTRAINT fk_attachment_contents_attachment FOREIGN KEY (attachment_id)
    REFERENCES ticket_attachments (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a ticket: who, when, which field, from what to what. Message rows record that a
-- message or note was written, never its text.
CREATE TABLE ticket_changes (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  ticket_id  CHAR(36)     NOT NULL,
  actor_id   VARCHAR(64)  NOT NULL,
  changed_at DATETIME(6)  NOT NULL,
  field      VARCHAR(32)  NOT NULL,
  old_value  VARCHAR(200) NULL,
  new_value  VARCHAR(200) NULL,
  PRIMARY KEY (id),
  KEY ix_ticket_changes_ticket (ticket_id, id),
  CONSTRAINT fk_ticket_changes_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- SLA targets an admin set at runtime, overriding the configured ones for their priority.
CREATE TABLE sla_targets (
  priority       VARCHAR(16) NOT NULL,
  first_response VARCHAR(32) NOT NULL,
  resolution     VARCHAR(32) NOT NULL,
  updated_by     VARCHAR(64) NOT NULL,
  updated_at     DATETIME(6) NOT NULL,
  version        BIGINT      NOT NULL,
  PRIMARY KEY (priority)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit of those overrides: every change, kept.
CREATE TABLE sla_target_changes (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  priority       VARCHAR(16) NOT NULL,
  first_response VARCHAR(32) NOT NULL,
  resolution     VARCHAR(32) NOT NULL,
  changed_by     VARCHAR(64) NOT NULL,
  changed_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_sla_target_changes_priority (priority, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
