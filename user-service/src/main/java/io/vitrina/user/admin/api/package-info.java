/** {@code /api/users}: user administration for the {@code admin} role. */
package io.vitrina.user.admin.api;
