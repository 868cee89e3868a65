package io.github.twentyminute.fit;

import io.github.twentyminute.plan.PhasePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * One phase of the plan while an agenda is fitted: its time box in nanoseconds, the items it
 * holds and the time they are planned for now.
 */
final class PhaseTime {
  final PhasePlan plan;
  final int index;
  final long minimum;
  final long maximum;
  /** Whether the fitter may change the phase's items. */
  final boolean adjustable;
  final List<ItemTime> items = new ArrayList<>();
  /** The planned time of the phase's items not dropped, now. */
  long planned;

  PhaseTime(PhasePlan plan, int index, boolean adjustable) {
    this.plan = plan;
    this.index = index;
    this.minimum = plan.timeBox().min().toNanos();
    this.maximum = plan.timeBox().max().toNanos();
    this.adjustable = adjustable;
  }

  /** Returns the time the phase can give without going below its minimum. */
  long spare() {
    return planned - minimum;
  }

  boolean withinTimeBox() {
    return planned >= minimum && planned <= maximum;
  }

  /** Returns the planned time of the phase's must-keep items. */
  long mustKeep() {
    long sum = 0;
    for (ItemTime item : items) {
      if (item.item.mustKeep()) {
        sum += item.planned;
      }
    }
    return sum;
  }

  @Override
  public String toString() {
    return plan.id() + " " + planned + "ns";
  }
}
