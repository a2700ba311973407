/** JPA implementation of the payment repository. */
package io.vitrina.order.payment.persistence;
