package io.github.twentyminute.fit;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Finding;
import java.util.ArrayList;
import java.util.List;

/** One agenda item while an agenda is fitted: its planned time now, and whether it is dropped. */
final class ItemTime {
  final AgendaItem item;
  /** The item's index in the agenda. */
  final int index;
  final PhaseTime phase;
  /** The planned time before fitting, in nanoseconds. */
  final long before;
  /** The planned time now, in nanoseconds; zero once dropped. */
  long planned;
  boolean dropped;
  /** The steps that changed the item, each once, in order. */
  final List<Finding> reasons = new ArrayList<>();
  /** Whether the item got time in a share equal with its phase's other items. */
  boolean sharedEqually;

  ItemTime(AgendaItem item, int index, PhaseTime phase) {
    this.item = item;
    this.index = index;
    this.phase = phase;
    this.before = item.planned().toNanos();
    this.planned = before;
  }

  /** Checks if the item may give up time: not must-keep, not dropped, and planned for some. */
  boolean mayGive() {
    return !item.mustKeep() && !dropped && planned > 0;
  }

  void shorten(long amount) {
    planned -= amount;
    phase.planned -= amount;
  }

  void lengthen(long amount) {
    planned += amount;
    phase.planned += amount;
  }

  /** Drops the item and returns the time it gave up. */
  long drop() {
    long amount = planned;
    shorten(amount);
    dropped = true;
    return amount;
  }

  /** Records that a step changed the item; a step that changes it twice counts once. */
  void changedFor(Finding step) {
    if (reasons.isEmpty() || !reasons.get(reasons.size() - 1).equals(step)) {
      reasons.add(step);
    }
  }

  @Override
  public String toString() {
    return item.id() + " " + planned + "ns" + (dropped ? " dropped" : "");
  }
}
