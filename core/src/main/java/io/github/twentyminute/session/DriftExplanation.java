package io.github.twentyminute.session;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How far a live meeting is from its plan, and why, phase by phase: a done phase counts what it
 * took against its planned time, a skipped phase minus its planned time, the current phase only
 * once it has run past its planned time. The reasons come largest first.
 */
final class DriftExplanation {
  /** One phase's part of the drift. */
  private record Part(int phase, Duration amount, Finding finding) {}

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

  private static @Nullable Part part(PhaseSlot slot) {
    Duration amount;
    String id;
    switch (slot.state) {
      case DONE:
        amount = slot.actual.minus(slot.planned);
        id = SessionFindings.PHASE_TOOK;
        break;
      case SKIPPED:
        amount = slot.planned.negated();
        id = SessionFindings.PHASE_SKIPPED;
        break;
      case CURRENT:
        amount = Durations.max(Duration.ZERO, slot.actual.minus(slot.planned));
        id = SessionFindings.PHASE_TAKING;
        break;
      default:
        return null;
    }
    return new Part(slot.index, amount, SessionFindings.phaseDrift(id, slot.plan.id(),
        slot.planned, slot.actual, amount));
  }

  Duration drift() {
    return drift;
  }

  /** Returns where the meeting stands: on plan, ahead or behind, and by how much. */
  Finding standing() {
    return SessionFindings.standing(drift);
  }

  /** Returns each phase's part of the drift, largest first. */
  List<Finding> reasons() {
    return parts.stream().map(Part::finding).collect(Collectors.toUnmodifiableList());
  }
}
