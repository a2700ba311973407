package io.vitrina.user.account.domain;

import java.util.List;

/** A new profile, already validated. */
public record ProfileChange(
    String displayName, String fullName, String phone, List<Address> addresses) {}
