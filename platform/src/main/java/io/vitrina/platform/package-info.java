/**
 * Infrastructure every Vitrina service packages in its WAR, and nothing of any domain: RFC 9457
 * problem responses ({@code problem}), the request body size limit ({@code http}), schema migration
 * at start-up ({@code migration}), health checks on the service's own database and broker ({@code
 * health}), the CloudEvents-over-JMS publisher ({@code events}), the clock ({@code time}) and small
 * reusable constraints ({@code validation}).
 */
package io.vitrina.platform;
