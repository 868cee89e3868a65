package io.github.twentyminute.examples.bench;

import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.testing.FollowUpGenerator;
import io.github.twentyminute.testing.Randomness;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scores 100,000 follow-ups, each as of its own instant: the cost of a follow-up dashboard over a
 * large journal. The follow-ups come from {@link FollowUpGenerator} with a fixed seed: up to six
 * commitments each, some tasks done, a third with random policies, instants often right on a
 * window edge.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FollowUpScoringBenchmark {
  /** The number of follow-ups scored per operation. */
  public static final int FOLLOW_UPS = 100_000;

  private FollowUp[] followUps;
  private Instant[] instants;
  private final FollowUpScorer scorer = FollowUpScorer.standard();

  /** Generates the follow-ups and instants, the same on every run. */
  @Setup
  public void generate() {
    Randomness randomness = Randomness.seeded(2026);
    FollowUpGenerator generator = FollowUpGenerator.standard();
    followUps = new FollowUp[FOLLOW_UPS];
    instants = new Instant[FOLLOW_UPS];
    for (int i = 0; i < FOLLOW_UPS; i++) {
      followUps[i] = generator.followUp(randomness);
      instants[i] = generator.instantFor(followUps[i], randomness);
    }
  }

  /**
   * Scores every follow-up: lines, points and reasons.
   *
   * @return the sum of the totals, so the work cannot be optimised away
   */
  @Benchmark
  public long score100k() {
    long sum = 0;
    for (int i = 0; i < FOLLOW_UPS; i++) {
      sum += scorer.score(followUps[i], instants[i]).total();
    }
    return sum;
  }

  /**
   * Scores every follow-up and lists what to do next, most urgent first.
   *
   * @return the sum of the totals and the action counts
   */
  @Benchmark
  public long score100kWithNextActions() {
    long sum = 0;
    for (int i = 0; i < FOLLOW_UPS; i++) {
      FollowUpScore score = scorer.score(followUps[i], instants[i]);
      sum += score.total() + score.nextActions().size();
    }
    return sum;
  }
}
