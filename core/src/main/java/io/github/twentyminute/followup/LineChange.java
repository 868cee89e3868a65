package io.github.twentyminute.followup;

import org.immutables.value.Value;

/**
 * How one task's line changed between two scores of the same follow-up.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class LineChange {
  LineChange() {}

  /**
   * Obtains a change.
   *
   * @param earlier the task's line in the earlier score, not null
   * @param later the task's line in the later score, not null
   * @return the change
   */
  public static LineChange of(ScoreLine earlier, ScoreLine later) {
    return ImmutableLineChange.builder().earlier(earlier).later(later).build();
  }

  /**
   * Returns the line in the earlier score.
   *
   * @return the earlier line
   */
  public abstract ScoreLine earlier();

  /**
   * Returns the line in the later score.
   *
   * @return the later line
   */
  public abstract ScoreLine later();

  /**
   * Returns the change in earned points.
   *
   * @return later earned minus earlier earned; negative when points were lost
   */
  public int change() {
    return later().earned() - earlier().earned();
  }

  @Value.Check
  final void check() {
    if (!earlier().task().id().equals(later().task().id())) {
      throw new IllegalArgumentException(
          "line change must compare lines of one task, but got " + earlier().task().id()
              + " and " + later().task().id());
    }
  }

  /** Returns a short form such as {@code thank-you-note 15 -> 12 (PENDING -> DONE_LATE)}. */
  @Override
  public String toString() {
    return later().task().id() + " " + earlier().earned() + " -> " + later().earned() + " ("
        + earlier().status() + " -> " + later().status() + ")";
  }
}
