package io.github.twentyminute.plan;

import io.github.twentyminute.internal.Ids;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identifies a phase of a meeting plan: one of the book's four phases, or one a user defines.
 *
 * <p>An id is 1 to 64 characters of lower-case letters, digits and hyphens, starting with a
 * letter, such as {@code discussion} or {@code panel-questions}. Its {@link #toString()} is the id
 * itself, so {@code PhaseId.parse(id.toString())} gives back an equal id.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PhaseId implements Comparable<PhaseId> {

  /** The introduction: small talk, thanks for the time, the purpose of the meeting. */
  public static final PhaseId INTRODUCTION = new PhaseId("introduction");
  /** The overview: your career overview, leading to why you asked for the meeting. */
  public static final PhaseId OVERVIEW = new PhaseId("overview");
  /** The discussion: the questions you prepared, guided by you. */
  public static final PhaseId DISCUSSION = new PhaseId("discussion");
  /** The ending: ask for names, ask how you can help, thank them. */
  public static final PhaseId ENDING = new PhaseId("ending");

  private final String value;

  private PhaseId(String value) {
    this.value = value;
  }

  /**
   * Obtains a phase id from its text.
   *
   * @param value the id, such as {@code discussion}; not null
   * @return the phase id
   * @throws IllegalArgumentException if the text is not an id: 1 to 64 ASCII letters, digits,
   *     {@code .}, {@code _} or {@code -} starting with a letter or digit
   */
  public static PhaseId of(String value) {
    Objects.requireNonNull(value, "value");
    Ids.require(value, "phase id");
    switch (value) {
      case "introduction":
        return INTRODUCTION;
      case "overview":
        return OVERVIEW;
      case "discussion":
        return DISCUSSION;
      case "ending":
        return ENDING;
      default:
        return new PhaseId(value);
    }
  }

  /**
   * Obtains a phase id by parsing its text; the same as {@link #of(String)}.
   *
   * @param text the text, not null
   * @return the phase id
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static PhaseId parse(CharSequence text) {
    return of(Objects.requireNonNull(text, "text").toString());
  }

  /**
   * Returns the id's text.
   *
   * @return the text, never empty
   */
  public String value() {
    return value;
  }

  /**
   * Checks if this is one of the book's four phases.
   *
   * @return true for introduction, overview, discussion and ending
   */
  public boolean isBookPhase() {
    return this.equals(INTRODUCTION)
        || this.equals(OVERVIEW)
        || this.equals(DISCUSSION)
        || this.equals(ENDING);
  }

  @Override
  public int compareTo(PhaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof PhaseId && ((PhaseId) other).value.equals(value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id's text, which {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
