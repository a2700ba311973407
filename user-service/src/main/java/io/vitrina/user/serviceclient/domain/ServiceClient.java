package io.vitrina.user.serviceclient.domain;

/** A service client that has just proved who it is. */
public record ServiceClient(String id) {}
