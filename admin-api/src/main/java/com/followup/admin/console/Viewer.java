package com.followup.admin.console;

import com.followup.admin.console.session.SignedIn;
import com.followup.admin.security.Role;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Who is looking at a page, as templates need it: the session, the zone times are shown in, and the
 * desks the user may switch between.
 */
public record Viewer(SignedIn session, ZoneId zone, Locale locale) {

  public String username() {
    return session.username();
  }

  public Role activeRole() {
    return session.activeRole();
  }

  public String dealerCode() {
    return session.dealerCode();
  }

  public String departmentCode() {
    return session.departmentCode();
  }

  /** The user's roles in the order their desks are listed. */
  public List<Role> roles() {
    return java.util.Arrays.stream(Role.values()).filter(session.roles()::contains).toList();
  }

  public boolean hasSeveralRoles() {
    return session.roles().size() > 1;
  }

  public static String home(Role role) {
    return "/" + role.name().toLowerCase(Locale.ROOT);
  }
}
