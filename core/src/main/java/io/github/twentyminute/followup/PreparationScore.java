package io.github.twentyminute.followup;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How ready you are for a meeting: one {@link ReadinessLine} per {@link ReadinessCheck}, in check
 * order, whose points add up exactly to the total out of 100. Make one with {@link Readiness}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PreparationScore {
  PreparationScore() {}

  /**
   * Obtains a score from its lines.
   *
   * @param lines one line per check, in check order; not null
   * @return the score
   * @throws IllegalArgumentException if a check is missing, repeated or out of order
   */
  public static PreparationScore of(List<ReadinessLine> lines) {
    return ImmutablePreparationScore.builder().lines(lines).build();
  }

  /**
   * Returns one line per check, in check order.
   *
   * @return the lines
   */
  public abstract List<ReadinessLine> lines();

  /**
   * Returns the score: the sum of the lines' earned points.
   *
   * @return the total, 0 to 100
   */
  @Value.Derived
  public int total() {
    int total = 0;
    for (ReadinessLine line : lines()) {
      total += line.earned();
    }
    return total;
  }

  /**
   * Returns the points the lines could earn.
   *
   * @return 100
   */
  public int possible() {
    int possible = 0;
    for (ReadinessLine line : lines()) {
      possible += line.possible();
    }
    return possible;
  }

  /**
   * Finds the line of a check.
   *
   * @param check the check, not null
   * @return the line, or empty if the score has none for it
   */
  public Optional<ReadinessLine> line(ReadinessCheck check) {
    return lines().stream().filter(l -> l.check() == check).findFirst();
  }

  /**
   * Returns the checks that lost points.
   *
   * @return the checks, in check order, may be empty
   */
  public Set<ReadinessCheck> gaps() {
    Set<ReadinessCheck> gaps = EnumSet.noneOf(ReadinessCheck.class);
    for (ReadinessLine line : lines()) {
      if (line.lost() > 0) {
        gaps.add(line.check());
      }
    }
    return gaps;
  }

  /**
   * Returns a summary for people: the headline and one line per check with its reason; not for
   * parsing, and its wording may change between versions.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder text = new StringBuilder(toString());
    for (ReadinessLine line : lines()) {
      text.append(System.lineSeparator()).append("  ")
          .append(String.format("%3d/%-3d", line.earned(), line.possible())).append(' ')
          .append(line.check().id()).append(": ").append(line.reason());
    }
    return text.toString();
  }

  @Value.Check
  final void check() {
    ReadinessCheck[] checks = ReadinessCheck.values();
    boolean inOrder = lines().size() == checks.length;
    for (int i = 0; inOrder && i < checks.length; i++) {
      inOrder = lines().get(i).check() == checks[i];
    }
    if (!inOrder) {
      throw new IllegalArgumentException(
          "preparation score needs one line per check in the order " + List.of(checks)
              + ", but has lines for " + lines().stream().map(ReadinessLine::check).toList());
    }
  }

  /** Returns the headline, such as {@code preparation 84/100; gaps [QUESTIONS_LINKED]}. */
  @Override
  public String toString() {
    return "preparation " + total() + "/" + possible()
        + (gaps().isEmpty() ? "; ready" : "; gaps " + gaps());
  }
}
