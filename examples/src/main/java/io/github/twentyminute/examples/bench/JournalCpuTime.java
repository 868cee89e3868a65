package io.github.twentyminute.examples.bench;

import io.github.twentyminute.journal.Journal;
import io.github.twentyminute.journal.JournalSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Measures the CPU time of summarising the journals of {@link JournalBenchmark} (10,000 and
 * 100,000 records), read from the thread's CPU clock rather than the wall clock, so that on a
 * machine shared with other busy processes it counts only the time this thread runs. It is a
 * plain loop, not JMH: use it next to {@link JournalBenchmark}, not instead of it.
 *
 * <p>Run: {@code java -cp examples/target/twentyminute.jar
 * io.github.twentyminute.examples.bench.JournalCpuTime}
 */
public final class JournalCpuTime {
  private JournalCpuTime() {}

  /**
   * Summarises each journal in 8 rounds after warm-up rounds that summarise 400,000 records in
   * all (40 rounds of 10,000, 4 of 100,000), and prints the CPU time of each measured round.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int size : new int[] {10_000, 100_000}) {
      Journal journal = JournalBenchmark.journal(size);
      long sink = 0;
      for (int round = -400_000 / size; round < 8; round++) {
        long start = threads.getCurrentThreadCpuTime();
        JournalSummary summary = journal.summary(JournalBenchmark.AS_OF);
        long cpu = threads.getCurrentThreadCpuTime() - start;
        sink += summary.meetings();
        if (round >= 0) {
          System.out.printf("%,d records, round %d: %.1f ms of CPU time, %.2f µs a record%n",
              size, round, cpu / 1e6, cpu / 1e3 / size);
        }
      }
      if (sink <= 0) {
        throw new IllegalStateException("Impossible state: no meeting summarised");
      }
    }
  }
}
