/**
 * Every error a client sees, as an RFC 9457 {@code application/problem+json} document.
 *
 * <p>Services throw {@link io.vitrina.platform.problem.ProblemException} (or a subclass) for the
 * errors they mean; the exception mappers here turn those, JAX-RS errors, validation failures,
 * unreadable bodies, lost optimistic locks and anything unexpected into a {@link
 * io.vitrina.platform.problem.ProblemDetail}. A 500 carries only a trace id that is logged with the
 * exception: internals never reach a client.
 */
package io.vitrina.platform.problem;
