/** JPA implementation of the order repository. */
package io.vitrina.order.order.persistence;
