package com.followup.admin.user;

import jakarta.inject.Singleton;
import java.util.Optional;

/** Looks users up by name for the console (roles, dealer, whether enabled). */
@Singleton
public class UserProfiles {

  private final UserAccounts accounts;

  UserProfiles(UserAccounts accounts) {
    this.accounts = accounts;
  }

  public Optional<UserProfile> find(String username) {
    return accounts
        .findByUsername(username)
        .map(a -> new UserProfile(a.username(), a.roleSet(), a.dealerCode(), a.enabled()));
  }
}
