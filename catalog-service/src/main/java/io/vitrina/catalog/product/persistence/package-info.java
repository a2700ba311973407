/** JPA storage of products and their attributes, on named queries. */
package io.vitrina.catalog.product.persistence;
