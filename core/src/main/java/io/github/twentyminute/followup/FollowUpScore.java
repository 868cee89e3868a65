package io.github.twentyminute.followup;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Renderer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A follow-up's completeness score as of an instant: 100 points shared out among its tasks by
 * weight, each task's {@link ScoreLine} saying what it earned and why. The lines add up exactly
 * to the total: the total is their sum.
 *
 * <p>The lines are in task order (see {@link FollowUp#tasks()}). {@link #nextActions()} lists
 * what is still to do, most urgent first. {@link #summary(Locale)} is for people and not for
 * parsing.
 * Instances are immutable and thread-safe; make them with {@link FollowUpScorer}.
 */
@Value.Immutable
public abstract class FollowUpScore {
  /** The points shared out among a follow-up's tasks. */
  public static final int POINTS = 100;

  FollowUpScore() {}

  static ImmutableFollowUpScore.Builder builder() {
    return ImmutableFollowUpScore.builder();
  }

  /**
   * Returns the instant the score is as of.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the policy that turned timing into credit.
   *
   * @return the scoring policy
   */
  public abstract ScoringPolicy scoringPolicy();

  /**
   * Returns one line per task, in task order.
   *
   * @return the lines, never empty
   */
  public abstract List<ScoreLine> lines();

  /**
   * Returns the score: the sum of the lines' earned points.
   *
   * @return the total, 0 to 100
   */
  @Value.Derived
  public int total() {
    int total = 0;
    for (ScoreLine line : lines()) {
      total += line.earned();
    }
    return total;
  }

  /**
   * Returns the points the lines could earn: always {@value #POINTS}.
   *
   * @return the sum of the lines' possible points
   */
  @Value.Derived
  public int possible() {
    int possible = 0;
    for (ScoreLine line : lines()) {
      possible += line.possible();
    }
    return possible;
  }

  /**
   * Returns the points lost.
   *
   * @return {@code possible - total}
   */
  public int lost() {
    return possible() - total();
  }

  /**
   * Finds the line of a task.
   *
   * @param taskId the task id, not null
   * @return the line, or empty if the score has no such task
   */
  public Optional<ScoreLine> line(String taskId) {
    return lines().stream().filter(l -> l.task().id().equals(taskId)).findFirst();
  }

  /**
   * Returns how many tasks have a status.
   *
   * @param status the status, not null
   * @return the count
   */
  public int count(TaskStatus status) {
    return (int) lines().stream().filter(l -> l.status() == status).count();
  }

  /**
   * Returns the tasks still to do, most urgent first: by the deadline that matters next
   * (overdue tasks, whose maximum due has passed, come first), then by the points at stake,
   * most first, then in task order.
   *
   * @return the actions, empty when every task is done
   */
  @Value.Lazy
  public List<NextAction> nextActions() {
    return FollowUpScorer.nextActions(this);
  }

  /**
   * Compares this score with an earlier one.
   *
   * @param earlier the earlier score, not null
   * @return what changed from the earlier score to this one
   */
  public ScoreDiff diff(FollowUpScore earlier) {
    return ScoreDiff.between(earlier, this);
  }

  /**
   * Returns a summary for people in English: the headline, one line per task with the finding
   * that explains its points, and the next actions; not for parsing, and its wording may change
   * between versions.
   *
   * @return the summary
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * Returns a summary for people in a language: the headline, one line per task with the finding
   * that explains its points, and the next actions, each rendered by
   * {@link Renderer#of(Locale)}; not for parsing, and its wording may change between versions.
   * Read the numbers from {@link #lines()} and the findings' arguments instead.
   *
   * @param locale the reader's locale, not null; English where the library has no templates
   * @return the summary
   */
  public String summary(Locale locale) {
    Renderer renderer = Renderer.of(locale);
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder(headline(renderer));
    for (ScoreLine line : lines()) {
      text.append(nl).append("  ").append(String.format(Locale.ROOT, "%3d/%-3d", line.earned(),
          line.possible())).append(' ').append(renderer.message(line.task().action())).append(nl)
          .append("          ").append(renderer.message(line.finding()));
    }
    if (!nextActions().isEmpty()) {
      text.append(nl).append(renderer.text("followup.summary.next", Arguments.none()));
      int n = 1;
      for (NextAction action : nextActions()) {
        text.append(nl).append("  ").append(n++).append(". ").append(action.text(renderer));
      }
    }
    return text.toString();
  }

  private String headline(Renderer renderer) {
    int done = 0;
    int open = 0;
    for (ScoreLine line : lines()) {
      if (line.status().isDone()) {
        done++;
      } else if (line.status() != TaskStatus.OVERDUE) {
        open++;
      }
    }
    return renderer.text("followup.summary.headline", Arguments.builder()
        .count("total", total()).count("possible", possible()).instant("asOf", asOf())
        .count("done", done).count("pending", open).count("overdue", count(TaskStatus.OVERDUE))
        .build());
  }

  @Value.Check
  final void check() {
    if (lines().isEmpty()) {
      throw new IllegalArgumentException("follow-up score must have at least one line");
    }
    if (possible() != POINTS) {
      throw new IllegalArgumentException(
          "follow-up score lines must share out exactly " + POINTS + " points, but share out "
              + possible());
    }
  }

  /**
   * Returns the headline in English, such as
   * {@code follow-up 87/100 as of 2026-03-13 15:20 UTC: 3 done, 2 pending, 1 overdue}.
   */
  @Override
  public String toString() {
    return headline(Renderer.ENGLISH);
  }
}
