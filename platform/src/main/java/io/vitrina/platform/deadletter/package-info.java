/**
 * The dead-letter address as an administrator sees it: the messages a service's consumers could not
 * process, listed, replayed to the one queue they came from, or discarded.
 */
package io.vitrina.platform.deadletter;
