package io.vitrina.user.account.domain;

/** How a user agrees to be notified. */
public enum NotificationChannel {
  EMAIL,
  SMS,
  PUSH
}
