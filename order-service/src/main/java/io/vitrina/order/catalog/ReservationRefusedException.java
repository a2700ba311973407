package io.vitrina.order.catalog;

/** catalog-service answered a reservation with a status of 400 or more. */
public class ReservationRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String detail;

  public ReservationRefusedException(int status, String detail) {
    super("catalog-service answered " + status + ": " + detail);
    this.status = status;
    this.detail = detail;
  }

  public int status() {
    return status;
  }

  public String detail() {
    return detail;
  }
}
