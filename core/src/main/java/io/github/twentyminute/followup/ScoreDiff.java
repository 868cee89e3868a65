package io.github.twentyminute.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What changed between two follow-up scores: the totals, the lines whose points or status
 * changed, and the tasks that came or went (when commitments were added or removed in between).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreDiff {
  ScoreDiff() {}

  /**
   * Compares two scores.
   *
   * @param earlier the earlier score, not null
   * @param later the later score, not null
   * @return the difference
   */
  public static ScoreDiff between(FollowUpScore earlier, FollowUpScore later) {
    Map<String, ScoreLine> before = new HashMap<>();
    for (ScoreLine line : earlier.lines()) {
      before.put(line.task().id(), line);
    }
    Set<String> after = later.lines().stream().map(l -> l.task().id())
        .collect(Collectors.toSet());
    ImmutableScoreDiff.Builder diff = ImmutableScoreDiff.builder()
        .earlierTotal(earlier.total()).laterTotal(later.total());
    for (ScoreLine line : later.lines()) {
      ScoreLine old = before.get(line.task().id());
      if (old == null) {
        diff.addAdded(line);
      } else if (old.earned() != line.earned() || old.possible() != line.possible()
          || old.status() != line.status()) {
        diff.addChanged(LineChange.of(old, line));
      }
    }
    for (ScoreLine line : earlier.lines()) {
      if (!after.contains(line.task().id())) {
        diff.addRemoved(line);
      }
    }
    return diff.build();
  }

  /**
   * Returns the earlier total.
   *
   * @return the total, 0 to 100
   */
  public abstract int earlierTotal();

  /**
   * Returns the later total.
   *
   * @return the total, 0 to 100
   */
  public abstract int laterTotal();

  /**
   * Returns the lines of tasks in both scores whose points or status changed.
   *
   * @return the changes, in the later score's line order
   */
  public abstract List<LineChange> changed();

  /**
   * Returns the lines of tasks only the later score has.
   *
   * @return the lines, in the later score's order
   */
  public abstract List<ScoreLine> added();

  /**
   * Returns the lines of tasks only the earlier score has.
   *
   * @return the lines, in the earlier score's order
   */
  public abstract List<ScoreLine> removed();

  /**
   * Returns the change in the total.
   *
   * @return later total minus earlier total
   */
  public int change() {
    return laterTotal() - earlierTotal();
  }

  /**
   * Checks if nothing changed.
   *
   * @return true if the totals are equal and no line changed, came or went
   */
  public boolean isUnchanged() {
    return change() == 0 && changed().isEmpty() && added().isEmpty() && removed().isEmpty();
  }

  /** Returns a one-line form such as {@code 100 -> 87 (-13): 2 changed, 0 added, 0 removed}. */
  @Override
  public String toString() {
    return earlierTotal() + " -> " + laterTotal() + " (" + (change() >= 0 ? "+" : "")
        + change() + "): " + changed().size() + " changed, " + added().size() + " added, "
        + removed().size() + " removed";
  }

  /**
   * How one task's line changed between two scores of the same follow-up.
   *
   * <p>Instances are immutable and thread-safe.
   */
  @Value.Immutable
  public abstract static class LineChange {
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
}
