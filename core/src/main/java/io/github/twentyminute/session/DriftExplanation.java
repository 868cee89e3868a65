package io.github.twentyminute.session;

import static io.github.twentyminute.internal.Durations.format;

import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How far a live meeting is from its plan, and why, phase by phase: a done phase counts what it
 * took against its planned time, a skipped phase minus its planned time, the current phase only
 * once it has run past its planned time. The reasons come largest first.
 */
final class DriftExplanation {
  /** One phase's part of the drift. */
  private record Part(int phase, Duration amount, String text) {}

  private final Duration drift;
  private final List<Part> parts;

  private DriftExplanation(Duration drift, List<Part> parts) {
    this.drift = drift;
    this.parts = parts;
  }

  static DriftExplanation of(List<PhaseSlot> slots) {
    Duration drift = Duration.ZERO;
    List<Part> parts = new ArrayList<>();
    for (PhaseSlot slot : slots) {
      Part part = part(slot);
      if (part != null && !part.amount().isZero()) {
        drift = drift.plus(part.amount());
        parts.add(part);
      }
    }
    parts.sort(Comparator.comparing((Part p) -> p.amount().abs()).reversed()
        .thenComparingInt(Part::phase));
    return new DriftExplanation(drift, parts);
  }

  private static Part part(PhaseSlot slot) {
    String name = "the " + slot.plan.id();
    switch (slot.state) {
      case DONE:
        return new Part(slot.index, slot.actual.minus(slot.planned), name + " took "
            + format(slot.actual) + " against " + format(slot.planned));
      case SKIPPED:
        return new Part(slot.index, slot.planned.negated(), name + " was skipped ("
            + format(slot.planned) + " planned)");
      case CURRENT:
        return new Part(slot.index, Durations.max(Duration.ZERO, slot.actual.minus(slot.planned)),
            name + " has taken " + format(slot.actual) + " against " + format(slot.planned));
      default:
        return null;
    }
  }

  Duration drift() {
    return drift;
  }

  String reason() {
    return (drift.isNegative() ? "ahead " + format(drift.negated())
        : drift.isZero() ? "on plan" : "behind " + format(drift))
        + (parts.isEmpty() ? "" : ": " + parts.stream().map(Part::text)
            .collect(Collectors.joining("; ")));
  }
}
