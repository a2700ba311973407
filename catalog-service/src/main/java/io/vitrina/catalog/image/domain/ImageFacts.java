package io.vitrina.catalog.image.domain;

/** What inspecting an upload established: the real format and the pixel dimensions. */
public record ImageFacts(ImageFormat format, int width, int height) {}
