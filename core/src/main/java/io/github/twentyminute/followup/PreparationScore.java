package io.github.twentyminute.followup;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Renderer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How well a meeting is prepared: one {@link PreparationLine} per {@link PreparationCheck}, in
 * check order, whose points add up exactly to the total out of 100. Make one with
 * {@link PreparationScorer}.
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
  public static PreparationScore of(List<PreparationLine> lines) {
    return ImmutablePreparationScore.builder().lines(lines).build();
  }

  /**
   * Returns one line per check, in check order.
   *
   * @return the lines
   */
  public abstract List<PreparationLine> lines();

  /**
   * Returns the score: the sum of the lines' earned points.
   *
   * @return the total, 0 to 100
   */
  @Value.Derived
  public int total() {
    int total = 0;
    for (PreparationLine line : lines()) {
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
    for (PreparationLine line : lines()) {
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
  public Optional<PreparationLine> line(PreparationCheck check) {
    return lines().stream().filter(l -> l.check() == check).findFirst();
  }

  /**
   * Returns the checks that lost points.
   *
   * @return the checks, in check order, may be empty
   */
  public Set<PreparationCheck> gaps() {
    Set<PreparationCheck> gaps = EnumSet.noneOf(PreparationCheck.class);
    for (PreparationLine line : lines()) {
      if (line.lost() > 0) {
        gaps.add(line.check());
      }
    }
    return gaps;
  }

  /**
   * Returns a summary for people in English: the headline and one line per check with the
   * finding that explains its points; not for parsing, and its wording may change between
   * versions.
   *
   * @return the summary
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * Returns a summary for people in a language, rendered by {@link Renderer#of(Locale)}: the
   * headline and one line per check with the finding that explains its points; not for parsing,
   * and its wording may change between versions. Read the numbers from {@link #lines()} and the
   * findings' arguments instead.
   *
   * @param locale the reader's locale, not null; English where the library has no templates
   * @return the summary
   */
  public String summary(Locale locale) {
    Renderer renderer = Renderer.of(locale);
    StringBuilder text = new StringBuilder(headline(renderer));
    for (PreparationLine line : lines()) {
      text.append(System.lineSeparator()).append("  ")
          .append(String.format(Locale.ROOT, "%3d/%-3d", line.earned(), line.possible()))
          .append(' ').append(line.check().id()).append(": ")
          .append(renderer.message(line.finding()));
    }
    return text.toString();
  }

  private String headline(Renderer renderer) {
    Set<PreparationCheck> gaps = gaps();
    Arguments.Builder arguments = Arguments.builder().count("total", total())
        .count("possible", possible());
    if (gaps.isEmpty()) {
      return renderer.text("preparation.summary.headline", arguments.build());
    }
    return renderer.text("preparation.summary.headline.gaps", arguments.text("gaps",
        gaps.stream().map(PreparationCheck::id).collect(Collectors.joining(", "))).build());
  }

  @Value.Check
  final void check() {
    PreparationCheck[] checks = PreparationCheck.values();
    boolean inOrder = lines().size() == checks.length;
    for (int i = 0; inOrder && i < checks.length; i++) {
      inOrder = lines().get(i).check() == checks[i];
    }
    if (!inOrder) {
      throw new IllegalArgumentException(
          "preparation score needs one line per check in the order " + List.of(checks)
              + ", but has lines for " + lines().stream().map(PreparationLine::check).toList());
    }
  }

  /** Returns the headline in English, such as {@code preparation 84/100; gaps: questions-linked}. */
  @Override
  public String toString() {
    return headline(Renderer.ENGLISH);
  }
}
