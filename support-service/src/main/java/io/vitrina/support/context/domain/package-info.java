/**
 * Ticket context from the services that own customers and orders: the read model fed by their
 * events (snapshots that do not depend on the events' arrival order), the choice between a live
 * answer and the snapshot, and the rules a return must meet against its order.
 */
package io.vitrina.support.context.domain;
