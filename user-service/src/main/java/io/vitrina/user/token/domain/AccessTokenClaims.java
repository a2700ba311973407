package io.vitrina.user.token.domain;

import java.util.Optional;
import java.util.SortedSet;

/**
 * What an access token says about its bearer.
 *
 * @param userId the {@code sub}
 * @param email the {@code upn}, the user principal name MicroProfile JWT reads
 * @param roles the {@code groups}, which {@code @RolesAllowed} checks
 * @param sessionId the {@code sid}: the session (refresh-token family) the token was issued in
 */
public record AccessTokenClaims(
    String userId, String email, SortedSet<String> roles, Optional<String> sessionId) {}
