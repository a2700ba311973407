package io.vitrina.support.feedback.domain;

/** The customer rated that product of that order already. */
public class DuplicateRatingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DuplicateRatingException(Throwable cause) {
    super("The product of this order was rated already", cause);
  }
}
