package io.github.twentyminute.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;

/**
 * Measures the CPU time of live pacing and of the agenda fitter, read from the thread's CPU
 * clock rather than the wall clock, on the same inputs as {@link PacingBenchmark} and {@link
 * FitterBenchmark}. On a machine shared with other busy processes JMH's wall-clock figures count
 * the time this thread waits for a core; these count only the time it runs. It is a plain loop,
 * not JMH: use it next to the benchmarks, not instead of them.
 *
 * <p>Run: {@code java -cp examples/target/twentyminute.jar
 * io.github.twentyminute.examples.bench.SessionCpuTime}
 */
public final class SessionCpuTime {
  private SessionCpuTime() {}

  /**
   * Runs 5 measured rounds of each operation after 3 rounds of warm-up and prints the CPU time
   * of one operation in each round.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PacingBenchmark pacing = new PacingBenchmark();
    pacing.setUp();
    measure("pace (13 items, 30 events)", 200_000, () -> pacing.pace().nudges().size());
    measure("replayAndPace (13 items, 30 events)", 100_000,
        () -> pacing.replayAndPace().nudges().size());
    for (int items : new int[] {1_000, 10_000}) {
      FitterBenchmark fitter = new FitterBenchmark();
      fitter.items = items;
      fitter.setUp();
      int operations = 2_000_000 / items;
      measure("fit overBudget, " + items + " items", operations,
          () -> fitter.overBudget().changes().size());
      measure("fit underBudget, " + items + " items", operations,
          () -> fitter.underBudget().changes().size());
    }
  }

  private static void measure(String what, int operations, LongSupplier operation) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    StringBuilder rounds = new StringBuilder();
    for (int round = -3; round < 5; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < operations; i++) {
        sink += operation.getAsLong();
      }
      long cpu = threads.getCurrentThreadCpuTime() - start;
      if (round >= 0) {
        rounds.append(rounds.length() == 0 ? "" : ", ").append(perOperation(cpu, operations));
      }
    }
    System.out.println(what + ": " + rounds + " of CPU time an operation (sink " + sink + ")");
  }

  private static String perOperation(long cpuNanos, int operations) {
    double nanos = (double) cpuNanos / operations;
    return nanos >= 1_000_000 ? String.format("%.2f ms", nanos / 1e6)
        : String.format("%.2f µs", nanos / 1e3);
  }
}
