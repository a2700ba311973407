/**
 * The reports queue {@code vitrina.catalog.reports}: the XA sender of report requests and the
 * message-driven bean that builds them.
 */
package io.vitrina.catalog.report.messaging;
