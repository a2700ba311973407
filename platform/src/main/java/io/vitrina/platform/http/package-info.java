/**
 * HTTP-level guards every service applies before any resource code runs: today the request body
 * size limit (with per-request allowances a service declares, for uploads), so that a client cannot
 * make a service buffer or parse an arbitrarily large body.
 */
package io.vitrina.platform.http;
