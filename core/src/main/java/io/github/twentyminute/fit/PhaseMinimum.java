package io.github.twentyminute.fit;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * The least time {@link AgendaFitter} can bring a phase down to, and what sets it: the phase's
 * time box minimum, its must-keep items when they take longer, or its planned time when it keeps
 * its time and may not be changed. The minimums of all phases add up to
 * {@link FitResult#least()}: no fit exists for a budget below that.
 *
 * <p>The {@linkplain #finding() finding} has the id {@code fit.minimum}, a message for
 * each {@link Cause}, and the arguments {@code phase} and {@code least}. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class PhaseMinimum {
  /** What sets a phase's minimum. */
  public enum Cause {
    /** The phase's time box minimum. */
    TIME_BOX,
    /** The phase's must-keep items, which take longer than its time box minimum. */
    MUST_KEEP_ITEMS,
    /** The phase keeps its time and the fitter may not change it: its planned time. */
    KEEPS_ITS_TIME
  }

  PhaseMinimum() {}

  static ImmutablePhaseMinimum.Builder builder() {
    return ImmutablePhaseMinimum.builder();
  }

  /**
   * Returns the phase.
   *
   * @return the phase id
   */
  public abstract PhaseId phase();

  /**
   * Returns the least time the phase can be fitted to.
   *
   * @return the minimum, never negative
   */
  public abstract Duration least();

  /**
   * Returns what sets the minimum.
   *
   * @return the cause
   */
  public abstract Cause cause();

  /**
   * Returns the ids of the phase's must-keep items, in agenda order.
   *
   * @return the ids, may be empty
   */
  public abstract List<String> mustKeepItems();

  /**
   * Returns the finding that states the minimum; see the class documentation.
   *
   * @return the finding
   */
  public abstract Finding finding();

  @Value.Check
  final void check() {
    Durations.requireNonNegative(least(), "phase " + phase() + " minimum");
  }

  /** Returns a short form such as {@code discussion 12:00 (TIME_BOX)}. */
  @Override
  public String toString() {
    return phase() + " " + Durations.format(least()) + " (" + cause() + ")";
  }
}
