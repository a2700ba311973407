/**
 * {@code /api/reports}: request a sales report (202 + Location), poll it, download its CSV.
 * Requests need the role admin; a report is visible to its requester and to admins only.
 */
package io.vitrina.order.report.api;
