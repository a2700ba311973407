package io.vitrina.user;

import io.vitrina.user.account.domain.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api}. Bearer tokens are MicroProfile JWTs that this very service
 * issues; Liberty's mpJwt verifies them against this service's own JWKS.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Roles.CUSTOMER,
  Roles.SUPPORT_AGENT,
  Roles.CATALOG_ADMIN,
  Roles.ADMIN,
  Roles.SERVICE
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vitrina user-service",
            version = "1.0",
            description =
                "Accounts, login sessions, profiles, preferences and the keys that sign Vitrina's"
                    + " access tokens. Errors are RFC 9457 application/problem+json."),
    tags = {
      @Tag(name = "auth", description = "Registration, login, token refresh and logout"),
      @Tag(name = "me", description = "The caller's own profile, preferences, sessions and data"),
      @Tag(name = "users", description = "User administration (role admin)"),
      @Tag(name = "keys", description = "Public keys that verify access tokens")
    })
@SecurityScheme(
    securitySchemeName = "jwt",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from POST /api/auth/login")
@SecurityScheme(
    securitySchemeName = "client",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "A service client's id and secret, for POST /api/auth/token")
public class UserServiceApplication extends Application {}
