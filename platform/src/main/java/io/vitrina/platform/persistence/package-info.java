/** JPA helpers every service's persistence unit lists: time stored as UTC. */
package io.vitrina.platform.persistence;
