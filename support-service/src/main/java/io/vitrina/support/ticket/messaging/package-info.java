/** The ticket events as CloudEvents on the {@code vitrina.support} topic. */
package io.vitrina.support.ticket.messaging;
