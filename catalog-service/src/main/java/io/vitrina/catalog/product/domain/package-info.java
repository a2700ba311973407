/**
 * Products: SKU, exact price in a supported currency, category, attributes and status. Only ACTIVE
 * products are public; updates carry the version the client read.
 */
package io.vitrina.catalog.product.domain;
