/**
 * Black-box tests of support-service over HTTP, with real tokens from the user-service the build
 * started, a real database and a real broker.
 */
package io.vitrina.support.it;
