/** Ratings in {@code product_ratings}, aggregated by the database. */
package io.vitrina.support.feedback.persistence;
