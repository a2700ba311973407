package io.vitrina.support.ticket.domain;

/** In which capacity someone wrote a message. */
public enum AuthorRole {
  CUSTOMER,
  AGENT
}
