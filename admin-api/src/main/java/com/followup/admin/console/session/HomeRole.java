package com.followup.admin.console.session;

import com.followup.admin.security.Role;
import java.util.List;
import java.util.Set;

/** Which desk a user with several roles opens first: the one used most in a working day. */
final class HomeRole {

  private static final List<Role> PRIORITY =
      List.of(Role.AGENT, Role.DEALER, Role.DEPARTMENT, Role.QA, Role.MANAGER, Role.ADMIN);

  private HomeRole() {}

  static Role of(Set<Role> roles) {
    return PRIORITY.stream()
        .filter(roles::contains)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("a user without roles has no desk"));
  }
}
