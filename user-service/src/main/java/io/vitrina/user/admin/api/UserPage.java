package io.vitrina.user.admin.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a user search. */
@Schema(name = "UserPage")
public record UserPage(List<AdminUserView> items, int page, int size, long total) {}
