/**
 * Infrastructure every Vitrina service packages in its WAR, and nothing of any domain: RFC 9457
 * problem responses ({@code problem}), the request body size limit ({@code http}), schema migration
 * at start-up ({@code migration}), health checks on the service's own database and broker ({@code
 * health}), the CloudEvents-over-JMS publisher and the skeleton of its consumers ({@code events}),
 * this service's own token at user-service ({@code auth}), the clock ({@code time}) and small
 * reusable constraints ({@code validation}).
 */
package io.vitrina.platform;
