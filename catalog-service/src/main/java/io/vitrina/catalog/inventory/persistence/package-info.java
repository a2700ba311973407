/** JPA storage of stock and its adjustments; stock changes are conditional bulk updates. */
package io.vitrina.catalog.inventory.persistence;
