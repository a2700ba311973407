/**
 * The feedback resource: customers rate the products of their orders, staff read the aggregates.
 */
package io.vitrina.support.feedback.api;
