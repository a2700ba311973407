/**
 * Arquillian tests that run inside the user-service Liberty server the build started, for what
 * needs the container: JPA on the real database, XA transactions with the broker, the Jakarta
 * Security password hash.
 */
package io.vitrina.user.arquillian;
