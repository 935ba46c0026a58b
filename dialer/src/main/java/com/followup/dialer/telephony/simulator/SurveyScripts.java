package com.followup.dialer.telephony.simulator;

import com.followup.dialer.telephony.Turn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What simulated customers do on survey calls: the scripted numbers' keys in order, the others
 * drawn from a seeded random source (no input, 0 for an agent, or one of the question's keys).
 */
final class SurveyScripts {

  static final String NO_INPUT = "-";
  private static final String MACHINE = "machine";

  private final SimulatedSurveySettings settings;
  private final Map<String, List<String>> scripted = new HashMap<>();
  private final Random random;

  SurveyScripts(SimulatedSurveySettings settings, Long seed) {
    this.settings = settings;
    this.random = seed == null ? new Random() : new Random(seed * 31 + 7);
    for (String line : settings.answers()) {
      int equals = line.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("survey answers are NUMBER=KEYS, not: " + line);
      }
      scripted.put(
          line.substring(0, equals).strip(),
          Arrays.stream(line.substring(equals + 1).strip().split("\\s+"))
              .filter(t -> !t.isEmpty())
              .toList());
    }
  }

  /** True when the number's script says an answering machine picks up. */
  boolean isMachine(String number) {
    return scripted.getOrDefault(number, List.of()).contains(MACHINE);
  }

  /** What the customer at {@code number} does at the {@code n}-th question asked (0 first). */
  synchronized String answer(String number, int n, Turn.Ask ask) {
    List<String> script = scripted.get(number);
    if (script != null) {
      return n < script.size() ? script.get(n) : NO_INPUT;
    }
    double draw = random.nextDouble();
    int pick = random.nextInt(Math.max(1, ask.digits().size() - 1));
    if (draw < settings.noInputRate()) {
      return NO_INPUT;
    }
    if (draw < settings.noInputRate() + settings.agentRate()) {
      return "0";
    }
    List<String> keys = ask.digits().stream().filter(d -> !d.equals("0")).toList();
    return keys.isEmpty() ? NO_INPUT : keys.get(pick % keys.size());
  }

  int answerSeconds() {
    return settings.answerSeconds();
  }
}
