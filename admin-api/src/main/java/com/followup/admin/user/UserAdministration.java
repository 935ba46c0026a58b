package com.followup.admin.user;

import com.followup.admin.security.Role;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * What an administrator changes on an existing user: roles and dealer, password, enabled. The same
 * checks as creating one; an administrator cannot lock themself out (disable their own account or
 * drop their own ADMIN role).
 */
@Singleton
public class UserAdministration {

  private final UserAccounts accounts;
  private final UserRegistration registration;
  private final PasswordHasher hasher;
  private final ApplicationEventPublisher<UserAccessRevoked> revoked;

  UserAdministration(
      UserAccounts accounts,
      UserRegistration registration,
      PasswordHasher hasher,
      ApplicationEventPublisher<UserAccessRevoked> revoked) {
    this.accounts = accounts;
    this.registration = registration;
    this.hasher = hasher;
    this.revoked = revoked;
  }

  /**
   * Gives the user these roles (and, for a DEALER user, this dealer). Their sessions and tokens
   * carry the new roles from their next request on. A DEPARTMENT user keeps its department.
   *
   * @throws IllegalArgumentException for unknown roles, a DEALER user with other roles or without a
   *     known dealer, or an administrator dropping their own ADMIN role
   * @throws UnknownUser when no user has the name
   */
  @Transactional
  public UserProfile changeRoles(
      String username, List<String> roleNames, @Nullable String dealer, String actor) {
    return changeRoles(username, roleNames, dealer, null, actor);
  }

  /**
   * {@link #changeRoles(String, List, String, String)} with the department of a DEPARTMENT user;
   * {@code department} null keeps the one it has.
   *
   * @throws IllegalArgumentException also for a DEPARTMENT user without a known department, or a
   *     department given to a user of another role
   */
  @Transactional
  public UserProfile changeRoles(
      String username,
      List<String> roleNames,
      @Nullable String dealer,
      @Nullable String department,
      String actor) {
    UserAccount account = account(username);
    Set<Role> roles = UserRegistration.roles(roleNames);
    String dealerCode = registration.dealerOf(roles, dealer);
    String kept =
        department == null && roles.contains(Role.DEPARTMENT)
            ? account.departmentCode()
            : department;
    String departmentCode = registration.departmentOf(roles, kept);
    if (account.username().equals(actor) && !roles.contains(Role.ADMIN)) {
      throw new IllegalArgumentException("you cannot take the ADMIN role from yourself");
    }
    return UserProfiles.profile(
        accounts.update(account.withRoles(roles, dealerCode, departmentCode)));
  }

  /**
   * Sets a new password; every session the user holds ends.
   *
   * @throws IllegalArgumentException when the password is too short or too long
   * @throws UnknownUser when no user has the name
   */
  @Transactional
  public void resetPassword(String username, String password) {
    UserRegistration.checkPassword(password);
    UserAccount account = account(username);
    accounts.update(account.withPasswordHash(hasher.hash(password)));
    revoked.publishEvent(new UserAccessRevoked(account.username()));
  }

  /**
   * Disables or enables the user. A disabled user cannot sign in, their sessions end at once and
   * their bearer tokens are refused.
   *
   * @throws IllegalArgumentException when an administrator disables themself
   * @throws UnknownUser when no user has the name
   */
  @Transactional
  public UserProfile setEnabled(String username, boolean enabled, String actor) {
    UserAccount account = account(username);
    if (!enabled && account.username().equals(actor)) {
      throw new IllegalArgumentException("you cannot disable your own account");
    }
    UserAccount changed = accounts.update(account.withEnabled(enabled));
    if (!enabled) {
      revoked.publishEvent(new UserAccessRevoked(account.username()));
    }
    return UserProfiles.profile(changed);
  }

  private UserAccount account(String username) {
    return accounts.findByUsername(username).orElseThrow(() -> new UnknownUser(username));
  }
}
