/** The REST API of SLA targets. */
package io.vitrina.support.sla.api;
