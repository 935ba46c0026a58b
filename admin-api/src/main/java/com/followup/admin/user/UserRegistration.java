package com.followup.admin.user;

import com.followup.admin.security.Role;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.sla.department.Departments;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Creates users: checks the name, password, roles and dealer, then stores a BCrypt hash. */
@Singleton
public class UserRegistration {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
  static final int MIN_PASSWORD = 8;

  private final UserAccounts accounts;
  private final PasswordHasher hasher;
  private final DealerDirectory dealers;
  private final Departments departments;
  private final Clock clock;

  UserRegistration(
      UserAccounts accounts,
      PasswordHasher hasher,
      DealerDirectory dealers,
      Departments departments,
      Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.dealers = dealers;
    this.departments = departments;
    this.clock = clock;
  }

  /**
   * @throws IllegalArgumentException when a field is invalid
   * @throws UsernameTaken when the name is taken
   */
  UserAccount register(String username, String password, List<String> roleNames, String dealer) {
    return register(username, password, roleNames, dealer, null);
  }

  /**
   * @param department the department of a DEPARTMENT user (required for one, refused otherwise)
   */
  UserAccount register(
      String username, String password, List<String> roleNames, String dealer, String department) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "username must be 3 to 64 letters, digits or . _ @ -: '" + username + "'");
    }
    checkPassword(password);
    Set<Role> roles = roles(roleNames);
    String dealerCode = dealerOf(roles, dealer);
    String departmentCode = departmentOf(roles, department);
    if (accounts.existsByUsername(username)) {
      throw new UsernameTaken(username);
    }
    UserAccount account =
        UserAccount.create(
            username, hasher.hash(password), roles, dealerCode, departmentCode, clock.instant());
    try {
      return accounts.save(account);
    } catch (DataAccessException raced) {
      if (accounts.existsByUsername(username)) {
        throw new UsernameTaken(username);
      }
      throw raced;
    }
  }

  /**
   * Creates a user with the same checks as {@code POST /api/users}.
   *
   * @throws IllegalArgumentException when a field is invalid
   * @throws UsernameTaken when the name is taken
   */
  public void create(String username, String password, List<String> roleNames, String dealer) {
    register(username, password, roleNames, dealer);
  }

  /**
   * {@link #create(String, String, List, String)} with the department of a DEPARTMENT user.
   *
   * @throws IllegalArgumentException also for a DEPARTMENT user without a known department
   */
  public void create(
      String username, String password, List<String> roleNames, String dealer, String department) {
    register(username, password, roleNames, dealer, department);
  }

  static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "password must be at least " + MIN_PASSWORD + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_BYTES) {
      throw new IllegalArgumentException(
          "password must be at most " + PasswordHasher.MAX_BYTES + " bytes in UTF-8");
    }
  }

  static Set<Role> roles(List<String> names) {
    if (names == null || names.isEmpty()) {
      throw new IllegalArgumentException("roles must name at least one role");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(name -> roles.add(Role.parse(name)));
    if (roles.contains(Role.DEALER) && roles.size() > 1) {
      throw new IllegalArgumentException("a DEALER user cannot hold other roles");
    }
    if (roles.contains(Role.DEPARTMENT) && roles.size() > 1) {
      throw new IllegalArgumentException("a DEPARTMENT user cannot hold other roles");
    }
    return roles;
  }

  String departmentOf(Set<Role> roles, String department) {
    boolean has = department != null && !department.isBlank();
    if (!roles.contains(Role.DEPARTMENT)) {
      if (has) {
        throw new IllegalArgumentException(
            "only DEPARTMENT users belong to a department (departmentCode)");
      }
      return null;
    }
    if (!has) {
      throw new IllegalArgumentException("a DEPARTMENT user needs a departmentCode");
    }
    return departments
        .find(department)
        .map(d -> d.code())
        .orElseThrow(() -> new IllegalArgumentException("unknown department '" + department + "'"));
  }

  String dealerOf(Set<Role> roles, String dealer) {
    boolean hasDealer = dealer != null && !dealer.isBlank();
    if (!roles.contains(Role.DEALER)) {
      if (hasDealer) {
        throw new IllegalArgumentException("only DEALER users belong to a dealer (dealerCode)");
      }
      return null;
    }
    if (!hasDealer) {
      throw new IllegalArgumentException("a DEALER user needs a dealerCode");
    }
    return dealers
        .find(dealer)
        .map(d -> d.code())
        .orElseThrow(() -> new IllegalArgumentException("unknown dealer '" + dealer + "'"));
  }
}
