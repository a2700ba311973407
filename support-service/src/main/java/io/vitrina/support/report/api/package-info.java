/**
 * {@code /api/reports}: request a support report (202 + Location), poll it, download its CSV.
 * Requests need support-agent or admin; a report is visible to its requester and to admins only.
 */
package io.vitrina.support.report.api;
