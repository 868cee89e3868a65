package io.github.twentyminute.fit;

import io.github.twentyminute.plan.GroupLimit;
import java.util.List;

/** One group limit of the plan while an agenda is fitted: its phases and their limit. */
final class GroupTime {
  final GroupLimit limit;
  final List<PhaseTime> phases;
  final long maximum;

  GroupTime(GroupLimit limit, List<PhaseTime> phases) {
    this.limit = limit;
    this.phases = List.copyOf(phases);
    this.maximum = limit.max().toNanos();
  }

  /** Returns the planned time of the group's phases now. */
  long planned() {
    long sum = 0;
    for (PhaseTime phase : phases) {
      sum += phase.planned;
    }
    return sum;
  }

  boolean contains(PhaseTime phase) {
    return phases.contains(phase);
  }

  String name() {
    return limit.name();
  }
}
