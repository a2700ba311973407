/**
 * Black-box tests of user-service over HTTP (MicroShed + REST-assured) against the server the build
 * started, with its real database and broker. Each test makes its own accounts.
 */
package io.vitrina.user.it;
