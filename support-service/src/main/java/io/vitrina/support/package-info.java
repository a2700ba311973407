/**
 * support-service: tickets (inquiries, returns, complaints, feedback), their threads with internal
 * notes and attachments, agent assignment, SLAs, the agents' work queue and return decisions.
 */
package io.vitrina.support;
