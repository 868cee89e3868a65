package io.github.twentyminute.examples.bench;

import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.testing.FollowUpGenerator;
import io.github.twentyminute.testing.Randomness;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/**
 * Measures the CPU time of scoring the 100,000 follow-ups of {@link FollowUpScoringBenchmark},
 * read from the thread's CPU clock rather than the wall clock, so that on a machine shared with
 * other busy processes it counts only the time this thread runs (garbage collection done by other
 * threads is not counted). It is a plain loop, not JMH: use it next to
 * {@link FollowUpScoringBenchmark}, not instead of it.
 *
 * <p>Run: {@code java -cp examples/target/twentyminute.jar
 * io.github.twentyminute.examples.bench.FollowUpScoringCpuTime}
 */
public final class FollowUpScoringCpuTime {
  private FollowUpScoringCpuTime() {}

  /**
   * Runs 10 rounds of scoring the 100,000 follow-ups after 5 rounds of warm-up and prints the CPU
   * time of each.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int n = FollowUpScoringBenchmark.FOLLOW_UPS;
    Randomness randomness = Randomness.seeded(2026);
    FollowUpGenerator generator = FollowUpGenerator.standard();
    FollowUp[] followUps = new FollowUp[n];
    Instant[] instants = new Instant[n];
    for (int i = 0; i < n; i++) {
      followUps[i] = generator.followUp(randomness);
      instants[i] = generator.instantFor(followUps[i], randomness);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    FollowUpScorer scorer = FollowUpScorer.standard();
    long sink = 0;
    for (int round = -5; round < 10; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += scorer.score(followUps[i], instants[i]).total();
      }
      long cpu = threads.getCurrentThreadCpuTime() - start;
      if (round >= 0) {
        System.out.printf("round %d: %.1f ms of CPU time for %,d follow-ups, %.0f ns a score%n",
            round, cpu / 1e6, n, (double) cpu / n);
      }
    }
    if (sink <= 0) {
      throw new IllegalStateException("Impossible state: every score was 0");
    }
  }
}
