/**
 * Test doubles for unit tests of the domain without a container: a clock the test moves, in-memory
 * repositories with the semantics of the JPA ones, a fast password hasher.
 */
package io.vitrina.user.testing;
