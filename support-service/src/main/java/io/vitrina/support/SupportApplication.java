package io.vitrina.support;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The support-service REST API under /api; callers authenticate with user-service's JWTs. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"customer", "support-agent", "catalog-admin", "admin"})
public class SupportApplication extends Application {}
