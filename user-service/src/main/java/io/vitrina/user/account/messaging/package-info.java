/**
 * The JMS adapter of {@link io.vitrina.user.account.domain.AccountEvents}: {@code user.registered},
 * {@code user.updated} and {@code user.deleted} as CloudEvents on the {@code jms/userEvents} topic
 * (Artemis address {@code vitrina.users}), each with the user id as subject. Event payloads are
 * records of this package: the contract other services copy, never the entity.
 */
package io.vitrina.user.account.messaging;
