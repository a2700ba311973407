/**
 * {@code /api/reports}: request a report (202 + Location), poll it, download its CSV. Requests need
 * catalog-admin or admin; a report is visible to its requester and to admins only.
 */
package io.vitrina.catalog.report.api;
