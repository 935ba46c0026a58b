package com.followup.sla.breach;

/** A review or appeal the breach's status does not allow (deciding a decided breach). */
public final class BreachStepRefused extends RuntimeException {

  public BreachStepRefused(String message) {
    super(message);
  }
}
