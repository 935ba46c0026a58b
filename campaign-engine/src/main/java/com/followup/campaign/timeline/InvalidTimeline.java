package com.followup.campaign.timeline;

import java.util.List;
import java.util.stream.Collectors;

/** A timeline (or a part of one) that was refused, with every problem found and its field. */
public final class InvalidTimeline extends IllegalArgumentException {

  private final transient List<TimelineProblem> problems;

  public InvalidTimeline(List<TimelineProblem> problems) {
    super(problems.stream().map(TimelineProblem::message).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<TimelineProblem> problems() {
    return problems;
  }

  static void throwIfAny(List<TimelineProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidTimeline(problems);
    }
  }
}
