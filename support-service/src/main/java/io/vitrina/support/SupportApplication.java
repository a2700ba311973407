package io.vitrina.support;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The support-service REST API under /api; callers authenticate with user-service's JWTs. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.CATALOG_ADMIN, Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vitrina support-service",
            version = "1.0",
            description =
                "Support tickets: inquiries, returns, complaints and feedback, their threads and"
                    + " attachments, agent assignment, SLAs and the agents' work queue. A customer"
                    + " sees only their own tickets and never an internal note. Every text is plain"
                    + " text, returned as JSON strings and never rendered as HTML. Errors are RFC"
                    + " 9457 application/problem+json."),
    tags = {
      @Tag(name = "tickets", description = "Tickets and the agents' work queue"),
      @Tag(name = "messages", description = "A ticket's thread, internal notes and attachments"),
      @Tag(name = "returns", description = "Decisions on return tickets"),
      @Tag(name = "sla", description = "Service-level targets per priority")
    })
@SecurityScheme(
    securitySchemeName = "jwt",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from user-service's POST /api/auth/login")
public class SupportApplication extends Application {}
