package io.github.twentyminute.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One phase of a meeting plan: what it is for, how long it may take, and the cues to say or do
 * in it.
 *
 * <p>Two flags tell live pacing how the phase behaves when the meeting runs late: a phase that
 * {@linkplain #keepsItsTime() keeps its time} (the book's ending) is never shortened to make up
 * for an overrun, and a phase that {@linkplain #absorbsOverruns() absorbs overruns} (the book's
 * discussion) gives up its time first.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class PhasePlan {
  PhasePlan() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PhasePlan}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutablePhasePlan.Builder {
    Builder() {}
  }

  /**
   * Returns the phase id, unique within its plan.
   *
   * @return the id
   */
  public abstract PhaseId id();

  /**
   * Returns the title shown to people, such as "Discussion".
   *
   * @return the title, never blank
   */
  public abstract String title();

  /**
   * Returns what the phase is for, in a sentence.
   *
   * @return the purpose, may be empty
   */
  @Value.Default
  public String purpose() {
    return "";
  }

  /**
   * Returns how long the phase may take.
   *
   * @return the time box
   */
  public abstract TimeBox timeBox();

  /**
   * Returns the cues of this phase, in the order they are usually done.
   *
   * @return the cues, may be empty
   */
  public abstract List<Cue> cues();

  /**
   * Checks if the meeting must include this phase.
   *
   * @return true unless set otherwise
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /**
   * Checks if this phase keeps its time when the meeting runs late.
   *
   * @return true for a protected phase such as the book's ending; false unless set otherwise
   */
  @Value.Default
  public boolean keepsItsTime() {
    return false;
  }

  /**
   * Checks if this phase gives up time first when the meeting runs late.
   *
   * @return true for a phase such as the book's discussion; false unless set otherwise
   */
  @Value.Default
  public boolean absorbsOverruns() {
    return false;
  }

  /**
   * Finds a cue of this phase by id.
   *
   * @param cueId the id, not null
   * @return the cue, or empty if this phase has none with that id
   */
  public Optional<Cue> cue(String cueId) {
    return cues().stream().filter(c -> c.id().equals(cueId)).findFirst();
  }

  @Value.Check
  final void check() {
    if (title().isBlank()) {
      throw new IllegalArgumentException("phase " + id() + " title must not be blank");
    }
    if (keepsItsTime() && absorbsOverruns()) {
      throw new IllegalArgumentException(
          "phase " + id() + " cannot both keep its time and absorb overruns; choose one");
    }
    Set<String> seen = new HashSet<>();
    for (Cue cue : cues()) {
      if (!seen.add(cue.id())) {
        throw new IllegalArgumentException(
            "phase " + id() + " has cue id " + cue.id() + " twice; cue ids must be unique");
      }
    }
  }

  /** Returns a short form such as {@code discussion 12:00/14:00/15:00}. */
  @Override
  public String toString() {
    return id() + " " + timeBox();
  }
}
