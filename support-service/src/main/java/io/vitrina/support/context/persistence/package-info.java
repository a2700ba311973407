/**
 * JPA for the read model's snapshots. The processed event ids are the platform's {@link
 * io.vitrina.platform.events.JpaProcessedEvents}, on this schema's {@code processed_events}.
 */
package io.vitrina.support.context.persistence;
