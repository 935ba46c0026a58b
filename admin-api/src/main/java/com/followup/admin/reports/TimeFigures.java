package com.followup.admin.reports;

import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.PauseReason;
import com.followup.dialer.agent.StateTimes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Agents' time from the state log: occupancy, calls per agent hour, pause time by reason. */
final class TimeFigures {

  private TimeFigures() {}

  static void putInto(Map<String, Object> m, Collection<StateTimes> agents, long handled) {
    long ready = 0;
    long onCall = 0;
    long wrapUp = 0;
    long paused = 0;
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (PauseReason reason : PauseReason.values()) {
      byReason.put(reason.name(), 0L);
    }
    byReason.put("NONE", 0L);
    for (StateTimes t : agents) {
      ready += t.of(AgentState.READY).toSeconds();
      onCall += t.of(AgentState.ON_CALL).toSeconds();
      wrapUp += t.of(AgentState.WRAP_UP).toSeconds();
      paused += t.of(AgentState.PAUSED).toSeconds();
      t.pausedByReason().forEach((r, d) -> byReason.merge(r.name(), d.toSeconds(), Long::sum));
      byReason.merge("NONE", t.pausedWithoutReason().toSeconds(), Long::sum);
    }
    long working = onCall + wrapUp;
    long loggedIn = ready + working + paused;
    m.put("readySeconds", ready);
    m.put("onCallSeconds", onCall);
    m.put("wrapUpStateSeconds", wrapUp);
    m.put("pausedSeconds", paused);
    m.put("loggedInSeconds", loggedIn);
    m.put("occupancy", CallFigures.ratio(working, working + ready));
    m.put("callsPerAgentHour", loggedIn == 0 ? null : handled * 3600.0 / loggedIn);
    m.put("pauseSecondsByReason", byReason);
  }
}
