package io.vitrina.support.ticket.domain;

/** The decision on a RETURN ticket: pending until an agent approves or rejects it, once. */
public enum ReturnStatus {
  PENDING,
  APPROVED,
  REJECTED
}
