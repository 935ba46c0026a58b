package com.followup.sla.transfer;

/** A try that the receiver did not accept: its answer or the error, for the ticket's page. */
class DeliveryFailed extends Exception {
  DeliveryFailed(String message) {
    super(message.length() > 2000 ? message.substring(0, 2000) : message);
  }
}
