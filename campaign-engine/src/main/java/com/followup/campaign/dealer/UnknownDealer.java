package com.followup.campaign.dealer;

/** No dealer has this code. */
public final class UnknownDealer extends RuntimeException {

  public UnknownDealer(String code) {
    super("no dealer with code '" + code + "'");
  }
}
