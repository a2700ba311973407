package io.vitrina.user.profile.api;

import io.vitrina.user.account.api.AccountView;
import io.vitrina.user.auth.api.SessionView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything user-service holds about the caller (GDPR art. 15 and 20), credentials excepted. */
@Schema(name = "DataExport")
public record DataExport(
    Instant exportedAt,
    AccountView account,
    PreferencesDto preferences,
    Instant updatedAt,
    List<SessionView> sessions) {}
