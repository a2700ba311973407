/** Native SQL storage of what the order events' reactions must remember beyond an event id. */
package io.vitrina.catalog.orderevents.persistence;
