/** catalog-service: products, categories, prices, images, stock levels and reservations. */
package io.vitrina.catalog;
