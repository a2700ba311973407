/** support-service: tickets, their messages, agent assignment and returns. */
package io.vitrina.support;
