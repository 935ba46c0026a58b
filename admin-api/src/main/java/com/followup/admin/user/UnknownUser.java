package com.followup.admin.user;

/** No user has this name (404). */
public final class UnknownUser extends RuntimeException {

  UnknownUser(String username) {
    super("no user named '" + username + "'");
  }
}
