/**
 * Tickets: the status machine, the thread with internal notes, attachments sniffed from their
 * bytes, the history of changes, the SLA due times and the breach monitor, and return decisions.
 */
package io.vitrina.support.ticket.domain;
