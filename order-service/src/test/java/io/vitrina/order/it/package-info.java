/**
 * Black-box tests of order-service over HTTP (MicroShed + REST-assured) against the server the
 * build started, beside a real user-service that issues the tokens and a real catalog-service that
 * sells the products. Each test makes its own customers and products.
 */
package io.vitrina.order.it;
