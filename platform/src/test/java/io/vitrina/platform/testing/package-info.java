/**
 * Test fixtures every service's unit tests share, published as this module's test-jar (never
 * packaged into an application).
 */
package io.vitrina.platform.testing;
