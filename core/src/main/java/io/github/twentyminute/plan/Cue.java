package io.github.twentyminute.plan;

import io.github.twentyminute.internal.Ids;
import org.immutables.value.Value;

/**
 * Something to say or do in a phase, such as {@code thanks.opening} ("Thank them for their
 * time") or {@code ending.ask-for-names}. A required cue that is not done in a live meeting
 * shows up as missed in its timeline.
 *
 * <p>A cue id is lower-case words of letters, digits and hyphens joined by dots, at most 64
 * characters. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cue {

  Cue() {}

  /**
   * Returns the stable id, such as {@code thanks.opening}.
   *
   * @return the id, never empty
   */
  public abstract String id();

  /**
   * Returns what to say or do, in words for the person running the meeting.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Checks if the method requires this cue; an optional cue is a suggestion.
   *
   * @return true if required; true unless set otherwise
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /**
   * Obtains a required cue.
   *
   * @param id the id, not null
   * @param text what to say or do, not null, not blank
   * @return the cue
   * @throws IllegalArgumentException if the id or text is malformed
   */
  public static Cue required(String id, String text) {
    return ImmutableCue.builder().id(id).text(text).required(true).build();
  }

  /**
   * Obtains an optional cue.
   *
   * @param id the id, not null
   * @param text what to say or do, not null, not blank
   * @return the cue
   * @throws IllegalArgumentException if the id or text is malformed
   */
  public static Cue optional(String id, String text) {
    return ImmutableCue.builder().id(id).text(text).required(false).build();
  }

  @Value.Check
  final void check() {
    Ids.require(id(), "cue id");
    if (text().isBlank()) {
      throw new IllegalArgumentException("cue " + id() + " text must not be blank");
    }
  }

  /** Returns {@code id} for a required cue and {@code id?} for an optional one. */
  @Override
  public String toString() {
    return required() ? id() : id() + "?";
  }
}
