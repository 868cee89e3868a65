package io.github.twentyminute.followup;

import io.github.twentyminute.internal.Durations;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a {@link FollowUp} as of an instant: shares out 100 points among its tasks by weight,
 * then credits each task by its timing under a {@link ScoringPolicy}.
 *
 * <p>Points are shared by the largest-remainder method: each task first gets the whole part of
 * {@code 100 * weight / total weight}; the points left over go one each to the tasks with the
 * largest remainders, ties going to the task that comes first in task order. So the shares
 * always add up to exactly 100, and the same follow-up always gets the same shares.
 *
 * <p>A completion recorded with a time after the instant scored is not yet known at that
 * instant and is ignored: the score is the one the follow-up had then. Scoring is a pure
 * function of the follow-up, the instant and the policy; the same input always gives an equal
 * score. This class is immutable and thread-safe.
 */
public final class FollowUpScorer {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private static final FollowUpScorer STANDARD = new FollowUpScorer(ScoringPolicy.standard());

  private final ScoringPolicy policy;

  private FollowUpScorer(ScoringPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a scorer with the standard scoring policy.
   *
   * @return the scorer
   */
  public static FollowUpScorer standard() {
    return STANDARD;
  }

  /**
   * Obtains a scorer with a scoring policy.
   *
   * @param policy the policy, not null
   * @return the scorer
   */
  public static FollowUpScorer of(ScoringPolicy policy) {
    return new FollowUpScorer(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns the scoring policy.
   *
   * @return the policy
   */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * Scores a follow-up as of the clock's current instant.
   *
   * @param followUp the follow-up, not null
   * @param clock the clock to read, not null
   * @return the score
   */
  public FollowUpScore score(FollowUp followUp, Clock clock) {
    return score(followUp, Objects.requireNonNull(clock, "clock").instant());
  }

  /**
   * Scores a follow-up as of an instant.
   *
   * @param followUp the follow-up, not null
   * @param asOf the instant, not null; completions after it are ignored
   * @return the score, with one line per task in task order
   */
  public FollowUpScore score(FollowUp followUp, Instant asOf) {
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(asOf, "asOf");
    List<FollowUpTask> tasks = followUp.tasks();
    int[] weights = new int[tasks.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = tasks.get(i).weight();
    }
    int[] shares = share(weights, FollowUpScore.POINTS);
    List<ScoreLine> lines = new ArrayList<>(tasks.size());
    for (int i = 0; i < weights.length; i++) {
      FollowUpTask task = tasks.get(i);
      Optional<Instant> doneAt = followUp.completion(task.id()).map(TaskCompletion::doneAt)
          .filter(at -> !at.isAfter(asOf));
      lines.add(line(followUp, task, shares[i], doneAt, asOf));
    }
    return FollowUpScore.builder().asOf(asOf).scoringPolicy(policy).lines(lines).build();
  }

  /**
   * Shares out points in proportion to weights by the largest-remainder method, ties going to
   * the earlier index.
   *
   * @param weights the weights, each at least 1; not null, not empty
   * @param points the points to share out, zero or positive
   * @return the shares, adding up to exactly {@code points}
   * @throws IllegalArgumentException if there are no weights, a weight is below 1 or the points
   *     are negative
   */
  public static int[] share(int[] weights, int points) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length == 0) {
      throw new IllegalArgumentException("cannot share " + points + " points among no weights");
    }
    if (points < 0) {
      throw new IllegalArgumentException("points to share must be zero or positive, but was "
          + points);
    }
    long total = 0;
    for (int w : weights) {
      if (w < 1) {
        throw new IllegalArgumentException("weights must be at least 1, but one was " + w);
      }
      total += w;
    }
    int[] shares = new int[weights.length];
    long[] remainders = new long[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      long scaled = (long) points * weights[i];
      shares[i] = (int) (scaled / total);
      remainders[i] = scaled % total;
      given += shares[i];
    }
    int left = points - given;
    if (left > 0) {
      Integer[] order = new Integer[weights.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.<Integer>comparingLong(i -> remainders[i])
          .reversed().thenComparingInt(i -> i));
      for (int k = 0; k < left; k++) {
        shares[order[k]]++;
      }
    }
    return shares;
  }

  /**
   * Returns the points a task with a given share of points earns if done at an instant: what
   * completing it then would be worth.
   *
   * @param task the task, not null
   * @param possible the task's points, zero or positive
   * @param doneAt when it is done, not null
   * @return the points, 0 to {@code possible}
   * @throws IllegalArgumentException if {@code possible} is negative
   */
  public int pointsIfDoneAt(FollowUpTask task, int possible, Instant doneAt) {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(doneAt, "doneAt");
    if (possible < 0) {
      throw new IllegalArgumentException("possible points must be zero or positive, but was "
          + possible);
    }
    if (!doneAt.isAfter(task.idealDue())) {
      return possible;
    }
    if (!doneAt.isAfter(task.maximumDue())) {
      return partial(task, possible, doneAt);
    }
    return late(possible);
  }

  private int partial(FollowUpTask task, int possible, Instant at) {
    BigInteger span = nanos(Duration.between(task.idealDue(), task.maximumDue()));
    BigInteger left = nanos(Duration.between(at, task.maximumDue()));
    int atMax = policy.creditAtMaximumPercent();
    BigInteger numerator = BigInteger.valueOf(possible).multiply(
        BigInteger.valueOf(atMax).multiply(span)
            .add(BigInteger.valueOf(100L - atMax).multiply(left)));
    BigInteger denominator = HUNDRED.multiply(span);
    return numerator.shiftLeft(1).add(denominator).divide(denominator.shiftLeft(1))
        .intValueExact();
  }

  private int late(int possible) {
    return percentOf(possible, policy.lateCreditPercent());
  }

  private int atMaximum(int possible) {
    return percentOf(possible, policy.creditAtMaximumPercent());
  }

  /** Returns {@code points * percent / 100} rounded to the nearest whole point, halves up. */
  private static int percentOf(int points, int percent) {
    return (points * percent * 2 + 100) / 200;
  }

  private static BigInteger nanos(Duration duration) {
    return BigInteger.valueOf(duration.getSeconds()).multiply(NANOS_PER_SECOND)
        .add(BigInteger.valueOf(duration.getNano()));
  }

  private ScoreLine line(FollowUp followUp, FollowUpTask task, int possible,
      Optional<Instant> doneAt, Instant asOf) {
    boolean own = task.hasOwnDueTime();
    String since = task.windowStart().equals(followUp.meetingEnd())
        ? " after the meeting" : " after it was recorded";
    Duration ideal = Duration.between(task.windowStart(), task.idealDue());
    Duration maximum = Duration.between(task.windowStart(), task.maximumDue());
    TaskStatus status;
    int earned;
    String reason;
    if (doneAt.isPresent()) {
      Instant at = doneAt.get();
      Duration elapsed = Duration.between(task.windowStart(), at);
      if (!at.isAfter(task.idealDue())) {
        status = TaskStatus.DONE_IN_IDEAL;
        earned = possible;
        reason = own
            ? "done at " + at + ", by its own due time " + task.idealDue()
            : "done " + Durations.format(elapsed) + since + ", within the ideal "
                + Durations.format(ideal);
      } else if (!at.isAfter(task.maximumDue())) {
        status = TaskStatus.DONE_LATE;
        earned = partial(task, possible, at);
        reason = "done " + Durations.format(elapsed) + since + ", "
            + Durations.format(Duration.between(task.idealDue(), at)) + " past the ideal "
            + Durations.format(ideal) + " but within the maximum " + Durations.format(maximum)
            + "; credit falls linearly from 100% at the ideal to "
            + policy.creditAtMaximumPercent() + "% at the maximum";
      } else {
        status = TaskStatus.DONE_AFTER_MAXIMUM;
        earned = late(possible);
        reason = (own
            ? "done at " + at + ", " + Durations.format(Duration.between(task.maximumDue(), at))
                + " after its own due time " + task.maximumDue()
            : "done " + Durations.format(elapsed) + since + ", "
                + Durations.format(Duration.between(task.maximumDue(), at))
                + " past the maximum " + Durations.format(maximum))
            + "; late credit is " + policy.lateCreditPercent() + "%";
      }
      reason += ": " + Texts.points(earned, possible);
    } else if (!asOf.isAfter(task.idealDue())) {
      status = TaskStatus.PENDING;
      earned = possible;
      Duration left = Duration.between(asOf, task.idealDue());
      reason = (own
          ? "not done yet; due by its own due time " + task.idealDue() + " ("
              + Durations.format(left) + " left)"
          : "not done yet; ideal within " + Durations.format(ideal) + since + " (by "
              + task.idealDue() + ", " + Durations.format(left) + " left), maximum "
              + Durations.format(maximum))
          + ": pending, " + Texts.points(earned, possible) + " so far";
    } else if (!asOf.isAfter(task.maximumDue())) {
      status = TaskStatus.PENDING_PAST_IDEAL;
      earned = partial(task, possible, asOf);
      reason = "not done yet, " + Durations.format(Duration.between(task.windowStart(), asOf))
          + since + ", " + Durations.format(Duration.between(task.idealDue(), asOf))
          + " past the ideal " + Durations.format(ideal) + "; done now it earns "
          + Texts.points(earned, possible) + ", falling to " + atMaximum(possible)
          + " at the maximum " + Durations.format(maximum) + " (by " + task.maximumDue() + ", "
          + Durations.format(Duration.between(asOf, task.maximumDue())) + " left)";
    } else {
      status = TaskStatus.OVERDUE;
      earned = 0;
      Duration ago = Duration.between(task.maximumDue(), asOf);
      reason = (own
          ? "not done, and its own due time " + task.maximumDue() + " passed "
              + Durations.format(ago) + " ago"
          : "not done, and the maximum " + Durations.format(maximum) + since + " passed at "
              + task.maximumDue() + ", " + Durations.format(ago) + " ago")
          + ": " + Texts.points(0, possible) + "; done late it would still earn "
          + late(possible);
    }
    ImmutableScoreLine.Builder line = ScoreLine.builder().task(task).status(status).earned(earned)
        .possible(possible).reason(reason);
    doneAt.ifPresent(line::doneAt);
    return line.build();
  }

  static List<NextAction> nextActions(FollowUpScore score) {
    FollowUpScorer scorer = of(score.scoringPolicy());
    Instant asOf = score.asOf();
    List<NextAction> actions = new ArrayList<>();
    for (ScoreLine line : score.lines()) {
      if (line.status().isDone()) {
        continue;
      }
      FollowUpTask task = line.task();
      Instant deadline;
      int worth;
      String text;
      if (line.status() == TaskStatus.PENDING) {
        deadline = task.idealDue();
        worth = line.possible();
        text = task.description() + " by " + deadline + " ("
            + Durations.format(Duration.between(asOf, deadline)) + " left) for all " + worth
            + (worth == 1 ? " point" : " points");
      } else if (line.status() == TaskStatus.PENDING_PAST_IDEAL) {
        deadline = task.maximumDue();
        worth = line.earned();
        text = task.description() + " now: worth " + Texts.points(worth, line.possible())
            + ", less the longer it waits, until " + deadline + " ("
            + Durations.format(Duration.between(asOf, deadline)) + " left)";
      } else {
        deadline = task.maximumDue();
        worth = scorer.late(line.possible());
        text = task.description() + ": overdue since " + deadline + " ("
            + Durations.format(Duration.between(deadline, asOf)) + " ago); done now it still"
            + " earns " + Texts.points(worth, line.possible());
      }
      actions.add(NextAction.builder().task(task).status(line.status()).deadline(deadline)
          .timeLeft(Duration.between(asOf, deadline)).worthNow(worth).text(text).build());
    }
    List<Integer> possible = new ArrayList<>();
    for (NextAction action : actions) {
      possible.add(score.line(action.task().id()).map(ScoreLine::possible).orElse(0));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, Instant>comparing(i -> actions.get(i).deadline())
        .thenComparing(Comparator.<Integer>comparingInt(possible::get).reversed())
        .thenComparingInt(i -> i));
    List<NextAction> sorted = new ArrayList<>(actions.size());
    for (int i : order) {
      sorted.add(actions.get(i));
    }
    return List.copyOf(sorted);
  }

  /** Returns a short form naming the policy. */
  @Override
  public String toString() {
    return "FollowUpScorer(" + policy + ")";
  }
}
