package io.vitrina.platform.problem;

/**
 * One rejected input of a 400 problem.
 *
 * @param field the input's name as the client wrote it ({@code email}, {@code
 *     addresses[0].country})
 * @param message what is wrong with it, for a human
 */
public record Violation(String field, String message) {}
