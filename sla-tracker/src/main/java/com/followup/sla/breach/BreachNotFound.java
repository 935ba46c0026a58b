package com.followup.sla.breach;

/** No breach has this id. */
public final class BreachNotFound extends RuntimeException {

  public BreachNotFound(BreachId id) {
    super("no breach " + id);
  }
}
