package com.followup.admin.user;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Looks users up for the console (roles, dealer, whether enabled), never their password hashes. */
@Singleton
public class UserProfiles {

  private final UserAccounts accounts;

  UserProfiles(UserAccounts accounts) {
    this.accounts = accounts;
  }

  public Optional<UserProfile> find(String username) {
    return accounts.findByUsername(username).map(UserProfiles::profile);
  }

  /** Every user, by name. */
  public List<UserProfile> all() {
    return accounts.findAllOrderByUsername().stream().map(UserProfiles::profile).toList();
  }

  static UserProfile profile(UserAccount account) {
    return new UserProfile(
        account.username(),
        account.roleSet(),
        account.dealerCode(),
        account.enabled(),
        account.departmentCode());
  }
}
