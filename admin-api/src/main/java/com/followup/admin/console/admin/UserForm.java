package com.followup.admin.console.admin;

import com.followup.admin.console.FieldMessages;
import com.followup.admin.security.Role;
import com.followup.admin.user.UserProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A user's form (new user, or roles of one): as typed, with its refusals. */
public record UserForm(String username, Set<String> roles, String dealer, FieldMessages errors) {

  static UserForm empty() {
    return new UserForm("", Set.of(), "", new FieldMessages());
  }

  static UserForm of(UserProfile user) {
    Set<String> roles = new TreeSet<>();
    user.roles().forEach(r -> roles.add(r.name()));
    return new UserForm(
        user.username(),
        roles,
        user.dealerCode() == null ? "" : user.dealerCode(),
        new FieldMessages());
  }

  static UserForm posted(Map<String, String> form) {
    Set<String> roles = new TreeSet<>();
    for (Role role : Role.values()) {
      if (form.containsKey("role." + role.name())) {
        roles.add(role.name());
      }
    }
    String dealer = form.getOrDefault("dealer", "").trim();
    return new UserForm(
        form.getOrDefault("username", "").trim(), roles, dealer, new FieldMessages());
  }

  /** Every role there is, in the enum's order: the choices of the form. */
  public List<String> choices() {
    return Arrays.stream(Role.values()).map(Enum::name).toList();
  }

  List<String> roleList() {
    return List.copyOf(roles);
  }

  /** The checks of the user use case, as messages next to the fields. */
  void checkRoles() {
    if (roles.isEmpty()) {
      errors.add("roles", "admin.error.roles");
    } else if (roles.contains(Role.DEALER.name()) && roles.size() > 1) {
      errors.add("roles", "admin.error.dealerAlone");
    }
    if (roles.contains(Role.DEALER.name()) && dealer.isEmpty()) {
      errors.add("dealer", "admin.error.dealerNeeded");
    }
    if (!roles.contains(Role.DEALER.name()) && !dealer.isEmpty()) {
      errors.add("dealer", "admin.error.dealerOnly");
    }
  }
}
