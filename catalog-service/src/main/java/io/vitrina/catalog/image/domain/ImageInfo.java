package io.vitrina.catalog.image.domain;

import java.time.Instant;

/**
 * An image without its bytes: what listings and conditional requests need.
 *
 * @param sha256 the lower-case hex SHA-256 of the bytes, the image's strong ETag
 */
public record ImageInfo(
    String id,
    String productId,
    int position,
    String contentType,
    int size,
    int width,
    int height,
    String sha256,
    String alt,
    Instant createdAt) {}
