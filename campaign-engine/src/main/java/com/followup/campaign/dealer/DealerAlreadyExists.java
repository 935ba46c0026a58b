package com.followup.campaign.dealer;

/** Thrown when a dealer is registered under a code that is taken. */
public final class DealerAlreadyExists extends RuntimeException {

  public DealerAlreadyExists(String code) {
    super("a dealer with code '" + code + "' already exists");
  }
}
