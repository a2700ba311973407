package io.vitrina.catalog;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog REST API under /api; callers authenticate with user-service's JWTs. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.CATALOG_ADMIN, Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vitrina catalog-service",
            version = "1.0",
            description =
                "Categories, products, stock and stock reservations. Reads of the catalog are"
                    + " public; writes need catalog-admin or admin. Errors are RFC 9457"
                    + " application/problem+json."),
    tags = {
      @Tag(name = "categories", description = "The category tree"),
      @Tag(name = "products", description = "Products, their prices and attributes"),
      @Tag(name = "inventory", description = "Stock levels and their audited adjustments"),
      @Tag(name = "reservations", description = "Stock held for orders"),
      @Tag(name = "reports", description = "Reports built asynchronously: request, poll, download"),
      @Tag(name = "caller", description = "How this service sees a token")
    })
@SecurityScheme(
    securitySchemeName = "jwt",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from user-service's POST /api/auth/login")
public class CatalogApplication extends Application {}
