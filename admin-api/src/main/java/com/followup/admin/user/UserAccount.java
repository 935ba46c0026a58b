package com.followup.admin.user;

import com.followup.admin.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A login: its BCrypt hash, its roles and its dealer (DEALER) or department (DEPARTMENT). */
@MappedEntity("app_user")
record UserAccount(
    @Id @GeneratedValue @Nullable Long id,
    String username,
    String passwordHash,
    String roles,
    @Nullable String dealerCode,
    boolean enabled,
    Instant createdAt,
    @Nullable String departmentCode) {

  static UserAccount create(
      String username,
      String passwordHash,
      Set<Role> roles,
      String dealerCode,
      String departmentCode,
      Instant now) {
    return new UserAccount(
        null, username, passwordHash, joined(roles), dealerCode, true, now, departmentCode);
  }

  UserAccount withRoles(Set<Role> newRoles, String newDealerCode, String newDepartmentCode) {
    return new UserAccount(
        id,
        username,
        passwordHash,
        joined(newRoles),
        newDealerCode,
        enabled,
        createdAt,
        newDepartmentCode);
  }

  UserAccount withPasswordHash(String newHash) {
    return new UserAccount(
        id, username, newHash, roles, dealerCode, enabled, createdAt, departmentCode);
  }

  UserAccount withEnabled(boolean on) {
    return new UserAccount(
        id, username, passwordHash, roles, dealerCode, on, createdAt, departmentCode);
  }

  private static String joined(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  Set<Role> roleSet() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::parse).forEach(set::add);
    return set;
  }
}
