package com.followup.admin.console.admin;

import com.followup.admin.console.FieldMessages;
import com.followup.admin.security.Role;
import com.followup.admin.user.UserProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user's form (new user, or roles of one): as typed, with its refusals.
 *
 * @param department the department of a DEPARTMENT user (empty for anyone else)
 */
public record UserForm(
    String username, Set<String> roles, String dealer, String department, FieldMessages errors) {

  static UserForm empty() {
    return new UserForm("", Set.of(), "", "", new FieldMessages());
  }

  static UserForm of(UserProfile user) {
    Set<String> roles = new TreeSet<>();
    user.roles().forEach(r -> roles.add(r.name()));
    return new UserForm(
        user.username(),
        roles,
        user.dealerCode() == null ? "" : user.dealerCode(),
        user.departmentCode() == null ? "" : user.departmentCode(),
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
    String department = form.getOrDefault("department", "").trim();
    return new UserForm(
        form.getOrDefault("username", "").trim(), roles, dealer, department, new FieldMessages());
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
    checkDepartment();
  }

  private void checkDepartment() {
    boolean departmentUser = roles.contains(Role.DEPARTMENT.name());
    if (departmentUser && roles.size() > 1) {
      errors.add("roles", "admin.error.departmentAlone");
    }
    if (departmentUser && department.isEmpty()) {
      errors.add("department", "admin.error.departmentNeeded");
    }
    if (!departmentUser && !department.isEmpty()) {
      errors.add("department", "admin.error.departmentOnly");
    }
  }

  /** Refuses a department code that no stored department has. */
  void checkDepartmentKnown(List<String> known) {
    if (!department.isEmpty() && !known.contains(department)) {
      errors.add("department", "admin.error.departmentUnknown", department);
    }
  }

  /** The department as the use cases take it: null when none was chosen. */
  String departmentOrNull() {
    return department.isEmpty() ? null : department;
  }
}
