package com.followup.sla.callback;

/**
 * A callback target was met (by a completed callback call or an event recorded by hand): a consumer
 * that dials callbacks should stop calling. Published inside the transaction that met it.
 */
public record CallbackSettled(long ticketId, String target) {}
