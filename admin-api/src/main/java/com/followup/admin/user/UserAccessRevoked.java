package com.followup.admin.user;

/**
 * A user was disabled or got a new password: every console session they hold ends now, on every
 * instance (sessions live in the database), and their bearer tokens are refused from the next
 * request on.
 */
public record UserAccessRevoked(String username) {}
