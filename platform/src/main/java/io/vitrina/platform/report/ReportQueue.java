package io.vitrina.platform.report;

/**
 * Where requested reports wait for a worker. An implementation sends inside the caller's
 * transaction: the request is on the queue if and only if its report row commits.
 */
public interface ReportQueue {

  void enqueue(Report report);
}
