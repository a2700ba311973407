/** Product ratings: what a customer gives, and what the catalog's staff read per product. */
package io.vitrina.support.feedback.domain;
