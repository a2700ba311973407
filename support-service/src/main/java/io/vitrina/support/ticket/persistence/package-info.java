/** JPA storage of tickets, threads, attachments and history; the queue's SQL. */
package io.vitrina.support.ticket.persistence;
