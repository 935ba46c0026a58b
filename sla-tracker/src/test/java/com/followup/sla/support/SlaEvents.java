package com.followup.sla.support;

import com.followup.sla.callback.CallbackDue;
import com.followup.sla.timer.SlaWarning;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects what the tracker publishes, as the campaign engine will consume it. */
@Singleton
public class SlaEvents {

  public final List<CallbackDue> callbacks = new CopyOnWriteArrayList<>();
  public final List<SlaWarning> warnings = new CopyOnWriteArrayList<>();

  @EventListener
  void on(CallbackDue event) {
    callbacks.add(event);
  }

  @EventListener
  void on(SlaWarning event) {
    warnings.add(event);
  }
}
