/** Test doubles shared by the unit tests. */
package io.vitrina.catalog.testing;
