/** JPA storage of product images, on named queries that read metadata and bytes separately. */
package io.vitrina.catalog.image.persistence;
