package io.github.twentyminute.agenda;

import io.github.twentyminute.internal.Ids;
import org.immutables.value.Value;

/**
 * One step of the homework before a meeting, such as "Research their background", done or not.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PreparationStep {
  PreparationStep() {}

  /**
   * Obtains a step.
   *
   * @param id the id, unique in its checklist, such as {@code research}; not null
   * @param text what to do, not null, not blank
   * @param done whether it is done
   * @return the step
   */
  public static PreparationStep of(String id, String text, boolean done) {
    return ImmutablePreparationStep.builder().id(id).text(text).done(done).build();
  }

  /**
   * Returns the id, unique in its checklist.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what to do.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Checks if the step is done.
   *
   * @return true if done
   */
  public abstract boolean done();

  /**
   * Returns a copy of this step marked done or not.
   *
   * @param done whether it is done
   * @return the copy
   */
  public PreparationStep withDone(boolean done) {
    return ImmutablePreparationStep.builder().from(this).done(done).build();
  }

  @Value.Check
  final void check() {
    Ids.require(id(), "preparation step id");
    if (text().isBlank()) {
      throw new IllegalArgumentException("preparation step " + id() + " text must not be blank");
    }
  }
}
