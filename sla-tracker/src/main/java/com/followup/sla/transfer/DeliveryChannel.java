package com.followup.sla.transfer;

/**
 * Sends one delivery to a department over one channel (webhook or e-mail): the adapters at the edge
 * of the world. Returns normally when the receiver accepted it; throws otherwise.
 */
interface DeliveryChannel {

  /** WEBHOOK or EMAIL. */
  String name();

  /**
   * @param secret the department's webhook secret (null for e-mail)
   * @throws DeliveryFailed when the receiver did not accept it, with what it said
   */
  void send(ClaimedDelivery delivery, String secret) throws DeliveryFailed;
}
