package io.vitrina.user.account.domain;

/** Whether an account may log in. A disabled account keeps its data but has no sessions. */
public enum AccountStatus {
  ACTIVE,
  DISABLED
}
