package io.vitrina.support.context.domain;

import java.time.Instant;

/** Something known of another service, and as of when. */
public record Known<T>(T value, Instant asOf) {}
