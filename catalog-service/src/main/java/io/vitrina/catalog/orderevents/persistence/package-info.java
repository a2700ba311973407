/** JPA storage of the processed event ids, one native statement per operation. */
package io.vitrina.catalog.orderevents.persistence;
