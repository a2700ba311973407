/** The support reports' keyset-paged SQL read of tickets' types, agents and times. */
package io.vitrina.support.report.persistence;
