package com.followup.bench.faults;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one fault did: operations in flight when it struck, how many were lost and how many were
 * done twice afterwards (both must be 0), and how long the system took to recover.
 */
final class FaultResult {

  final String name;
  final String what;
  long inFlight;
  long lost;
  long doubled;
  Long recoveryMs;
  String error;
  final Map<String, Object> details = new LinkedHashMap<>();

  /** Further conditions of the fault (e.g. /health reported the outage); all must hold. */
  final Map<String, Boolean> checks = new LinkedHashMap<>();

  FaultResult(String name, String what) {
    this.name = name;
    this.what = what;
  }

  boolean passed() {
    return error == null && lost == 0 && doubled == 0 && !checks.containsValue(false);
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fault", name);
    m.put("what", what);
    m.put("inFlight", inFlight);
    m.put("lost", lost);
    m.put("doubled", doubled);
    m.put("recoveryMs", recoveryMs);
    m.put("passed", passed());
    if (error != null) {
      m.put("error", error);
    }
    m.put("checks", checks);
    m.put("details", details);
    return m;
  }
}
