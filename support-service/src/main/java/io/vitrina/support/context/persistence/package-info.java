/** JPA and native SQL for the read model's snapshots and processed event ids. */
package io.vitrina.support.context.persistence;
