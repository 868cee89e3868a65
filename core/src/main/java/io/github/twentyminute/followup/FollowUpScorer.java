package io.github.twentyminute.followup;

import io.github.twentyminute.internal.Shares;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a {@link FollowUp} as of an instant: shares out 100 points among its tasks by weight,
 * then credits each task done by its timing under a {@link ScoringPolicy}. A task not done yet
 * earns nothing; its line says what doing it now would earn.
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
    int[] shares = shares(tasks);
    List<ScoreLine> lines = new ArrayList<>(tasks.size());
    for (int i = 0; i < shares.length; i++) {
      FollowUpTask task = tasks.get(i);
      lines.add(line(followUp, task, shares[i], known(followUp, task, asOf), asOf));
    }
    return FollowUpScore.builder().asOf(asOf).scoringPolicy(policy).lines(lines).build();
  }

  /**
   * Returns the total of {@link #score(FollowUp, Instant)} without building its lines and
   * findings: the same shares and the same credit for each task, from the same code, so the two
   * always agree. For summaries over many follow-ups, such as a journal's score trend.
   *
   * @param followUp the follow-up, not null
   * @param asOf the instant, not null; completions after it are ignored
   * @return the total, 0 to 100; equal to {@code score(followUp, asOf).total()}
   */
  public int total(FollowUp followUp, Instant asOf) {
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(asOf, "asOf");
    List<FollowUpTask> tasks = followUp.tasks();
    int[] shares = shares(tasks);
    int total = 0;
    for (int i = 0; i < shares.length; i++) {
      FollowUpTask task = tasks.get(i);
      Optional<Instant> doneAt = known(followUp, task, asOf);
      total += earned(task, shares[i], status(task, doneAt, asOf), doneAt);
    }
    return total;
  }

  /** Returns when a task was done, if that is known at the instant scored. */
  private static Optional<Instant> known(FollowUp followUp, FollowUpTask task, Instant asOf) {
    return followUp.completion(task.id()).map(TaskCompletion::doneAt)
        .filter(at -> !at.isAfter(asOf));
  }

  /**
   * Shares out the score's points among tasks by weight, with {@link Shares#largestRemainder}:
   * ties go to the task that comes first.
   */
  private static int[] shares(List<FollowUpTask> tasks) {
    long[] weights = new long[tasks.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = tasks.get(i).weight();
    }
    long[] shares = Shares.largestRemainder(weights, FollowUpScore.POINTS);
    int[] points = new int[shares.length];
    for (int i = 0; i < shares.length; i++) {
      points[i] = (int) shares[i];
    }
    return points;
  }

  /** Returns where a task stands at an instant, given when it was done, if it was. */
  static TaskStatus status(FollowUpTask task, Optional<Instant> doneAt, Instant asOf) {
    if (doneAt.isPresent()) {
      Instant at = doneAt.get();
      return !at.isAfter(task.idealDue()) ? TaskStatus.DONE_IN_IDEAL
          : !at.isAfter(task.maximumDue()) ? TaskStatus.DONE_LATE : TaskStatus.DONE_AFTER_MAXIMUM;
    }
    return !asOf.isAfter(task.idealDue()) ? TaskStatus.PENDING
        : !asOf.isAfter(task.maximumDue()) ? TaskStatus.PENDING_PAST_IDEAL : TaskStatus.OVERDUE;
  }

  /**
   * Returns the points a task earns in a status, as the {@link ScoringPolicy} documents: the
   * one home of the credit rule, for both {@link #score} and {@link #total}.
   */
  private int earned(FollowUpTask task, int possible, TaskStatus status,
      Optional<Instant> doneAt) {
    // a task earns its credit when it is done, and nothing before: so doing a task now always
    // adds what it is worth now (NextAction.worthNow), and never takes anything away
    return status.isDone() ? pointsIfDoneAt(task, possible, doneAt.orElseThrow()) : 0;
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
  int pointsIfDoneAt(FollowUpTask task, int possible, Instant doneAt) {
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
    TaskStatus status = status(task, doneAt, asOf);
    int earned = earned(task, possible, status, doneAt);
    ImmutableScoreLine.Builder line = ScoreLine.builder().task(task).status(status).earned(earned)
        .possible(possible)
        .finding(ScoreFindings.line(followUp, task, status, earned, possible, doneAt, asOf, this));
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
      Instant deadline = line.status() == TaskStatus.PENDING ? task.idealDue() : task.maximumDue();
      int worth = scorer.pointsIfDoneAt(task, line.possible(), asOf);
      actions.add(NextAction.builder().task(task).status(line.status()).deadline(deadline)
          .timeLeft(Duration.between(asOf, deadline)).worthNow(worth)
          .finding(ScoreFindings.nextAction(task, line.status(), deadline, worth,
              line.possible(), asOf))
          .build());
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
