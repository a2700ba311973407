package io.vitrina.order;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The order-service REST API under /api; callers authenticate with user-service's JWTs. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.CATALOG_ADMIN, Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vitrina order-service",
            version = "1.0",
            description =
                "Carts, orders and payments. A customer sees only their own cart and orders. Errors"
                    + " are RFC 9457 application/problem+json."),
    tags = {
      @Tag(name = "cart", description = "The signed-in customer's shopping cart"),
      @Tag(
          name = "orders",
          description = "Checkout, payment, cancellation and fulfilment of orders; their history")
    })
@SecurityScheme(
    securitySchemeName = "jwt",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from user-service's POST /api/auth/login")
public class OrderApplication extends Application {}
