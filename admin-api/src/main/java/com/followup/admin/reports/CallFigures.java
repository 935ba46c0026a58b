package com.followup.admin.reports;

import com.followup.dialer.report.AttemptHour;
import java.util.LinkedHashMap;
import java.util.Map;

/** The dialer's figures summed over a set of attempt hours. */
final class CallFigures {

  private long dials;
  private long connects;
  private long machines;
  private long abandoned;
  private long rightParty;
  private long handled;
  private long talk;
  private long wrapUp;
  private long completed;
  private long satisfied;

  static CallFigures of(Iterable<AttemptHour> hours) {
    CallFigures f = new CallFigures();
    for (AttemptHour h : hours) {
      f.add(h);
    }
    return f;
  }

  void add(AttemptHour h) {
    dials += h.dials();
    connects += h.connects();
    machines += h.machines();
    abandoned += h.abandoned();
    rightParty += h.rightParty();
    handled += h.handled();
    talk += h.talkSeconds();
    wrapUp += h.wrapUpSeconds();
    completed += h.completed();
    satisfied += h.satisfied();
  }

  long handled() {
    return handled;
  }

  long dials() {
    return dials;
  }

  long connects() {
    return connects;
  }

  long abandoned() {
    return abandoned;
  }

  /** abandoned / connects (machine answers are no connects), null without connects. */
  Double abandonmentRate() {
    return ratio(abandoned, connects);
  }

  void putInto(Map<String, Object> m, double cap) {
    m.put("dials", dials);
    m.put("connects", connects);
    m.put("connectRate", ratio(connects, dials));
    m.put("rightPartyContacts", rightParty);
    m.put("rightPartyContactRate", ratio(rightParty, connects));
    m.put("machineAnswers", machines);
    m.put("abandoned", abandoned);
    m.put("abandonmentRate", abandonmentRate());
    m.put("abandonmentCap", cap);
    m.put("callsHandled", handled);
    m.put("talkSeconds", talk);
    m.put("wrapUpSeconds", wrapUp);
    m.put("averageTalkSeconds", ratio(talk, handled));
    m.put("averageWrapUpSeconds", ratio(wrapUp, handled));
    m.put("averageHandleSeconds", ratio(talk + wrapUp, handled));
    m.put("callsCompleted", completed);
    m.put("satisfied", satisfied);
    m.put("satisfaction", ratio(satisfied, completed));
  }

  static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  static Map<String, Object> map() {
    return new LinkedHashMap<>();
  }
}
