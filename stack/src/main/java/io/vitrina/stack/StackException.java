package io.vitrina.stack;

/** A failure to start, provision or stop part of the stack, with a message meant for the user. */
public class StackException extends Exception {
  private static final long serialVersionUID = 1L;

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
