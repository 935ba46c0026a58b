package com.followup.admin.console.session;

import com.followup.admin.security.Role;
import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * The user behind a live console session, as the console needs it on every page.
 *
 * @param activeRole the role whose desk the user works at now (one of {@code roles})
 * @param zone the viewer's IANA zone as the browser reported it, or null when unknown
 * @param departmentCode the department of a DEPARTMENT user
 */
public record SignedIn(
    String tokenHash,
    String username,
    Set<Role> roles,
    Role activeRole,
    @Nullable String dealerCode,
    String csrfToken,
    @Nullable String zone,
    @Nullable String departmentCode) {}
