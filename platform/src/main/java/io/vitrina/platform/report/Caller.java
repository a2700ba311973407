package io.vitrina.platform.report;

/**
 * Who reads a report: its requester may, an admin may read any, and to everyone else it does not
 * exist.
 *
 * @param subject the token's subject (the user id)
 * @param admin whether the caller has the role admin
 */
public record Caller(String subject, boolean admin) {

  public boolean mayRead(Report report) {
    return admin || report.isRequestedBy(subject);
  }
}
