/** The REST API of tickets: the queue, a ticket, its thread, attachments and return decisions. */
package io.vitrina.support.ticket.api;
