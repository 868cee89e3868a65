package io.github.twentyminute.session;

import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.PhaseId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cue of the plan in an ended meeting: done or not, and when.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CueOutcome {
  CueOutcome() {}

  static ImmutableCueOutcome.Builder builder() {
    return ImmutableCueOutcome.builder();
  }

  /**
   * Returns the cue.
   *
   * @return the cue
   */
  public abstract Cue cue();

  /**
   * Returns the plan phase the cue belongs to.
   *
   * @return the phase id
   */
  public abstract PhaseId phase();

  /**
   * Returns when the cue was done, by a {@code CueDone} event or by covering an item placing it.
   *
   * @return the instant, or empty if not done
   */
  public abstract Optional<Instant> done();

  /**
   * Checks if the cue was missed: required and not done.
   *
   * @return true if missed
   */
  public boolean missed() {
    return cue().required() && done().isEmpty();
  }

  /** Returns a short form such as {@code ending.ask-for-names done} or {@code ... missed}. */
  @Override
  public String toString() {
    return cue().id() + (done().isPresent() ? " done" : missed() ? " missed" : " not done");
  }
}
