package com.followup.admin.user;

/** Thrown when a user is created under a name that is taken. */
public final class UsernameTaken extends RuntimeException {

  UsernameTaken(String username) {
    super("a user named '" + username + "' already exists");
  }
}
