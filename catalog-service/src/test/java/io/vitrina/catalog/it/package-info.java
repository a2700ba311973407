/**
 * Black-box tests of catalog-service over HTTP (MicroShed + REST-assured) against the server the
 * build started, beside a real user-service that issues the tokens. Each test makes its own data.
 */
package io.vitrina.catalog.it;
