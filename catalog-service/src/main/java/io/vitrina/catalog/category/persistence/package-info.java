/** JPA storage of categories, on named queries. */
package io.vitrina.catalog.category.persistence;
