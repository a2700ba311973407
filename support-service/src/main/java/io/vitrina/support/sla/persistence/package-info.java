/** JPA storage of the SLA overrides and their audit. */
package io.vitrina.support.sla.persistence;
