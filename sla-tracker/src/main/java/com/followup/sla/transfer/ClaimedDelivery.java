package com.followup.sla.transfer;

/** An outbox row claimed for one try. */
record ClaimedDelivery(
    long rowId,
    String deliveryId,
    long transferId,
    long ticketId,
    String department,
    String channel,
    String destination,
    String payload,
    int attempts) {}
