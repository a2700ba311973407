package io.vitrina.catalog.search.domain;

/** A product must carry this attribute with this value (compared without regard to case). */
public record AttributeFilter(String name, String value) {}
