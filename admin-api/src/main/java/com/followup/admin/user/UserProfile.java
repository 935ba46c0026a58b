package com.followup.admin.user;

import com.followup.admin.security.Role;
import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * What the rest of the app may know of a user: never its password hash.
 *
 * @param departmentCode the department a DEPARTMENT user belongs to
 */
public record UserProfile(
    String username,
    Set<Role> roles,
    @Nullable String dealerCode,
    boolean enabled,
    @Nullable String departmentCode) {}
