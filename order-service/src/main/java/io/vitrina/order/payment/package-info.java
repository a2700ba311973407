/** Payments: the provider's choice by configuration; the SPI and records are in {@code domain}. */
package io.vitrina.order.payment;
