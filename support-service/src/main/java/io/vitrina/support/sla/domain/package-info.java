/** SLA targets per priority: configured defaults and the admins' audited runtime overrides. */
package io.vitrina.support.sla.domain;
