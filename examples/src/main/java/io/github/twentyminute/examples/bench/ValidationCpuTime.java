package io.github.twentyminute.examples.bench;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.testing.SampleMeeting;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Measures the CPU time of one validation of the sample agenda with every built-in rule, read
 * from the thread's CPU clock rather than the wall clock. On a machine shared with other busy
 * processes, JMH's wall-clock throughput counts the time this thread waits for a core; this
 * counts only the time it runs. It is a plain loop, not JMH: use it next to
 * {@link ValidationBenchmark}, not instead of it.
 *
 * <p>Run: {@code java -cp examples/target/twentyminute.jar
 * io.github.twentyminute.examples.bench.ValidationCpuTime}
 */
public final class ValidationCpuTime {
  private ValidationCpuTime() {}

  /**
   * Runs 10 rounds of 1,000,000 validations after a warm-up and prints the CPU time of each.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RuleSet rules = RuleSet.standard();
    Agenda agenda = SampleMeeting.agenda();
    long sink = 0;
    for (int round = -5; round < 10; round++) {
      int validations = 1_000_000;
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < validations; i++) {
        sink += rules.validate(agenda).violations().size();
      }
      long cpu = threads.getCurrentThreadCpuTime() - start;
      if (round >= 0) {
        System.out.printf("round %d: %.0f ns of CPU time a validation, %.0f validations a CPU"
            + " second%n", round, (double) cpu / validations, validations * 1e9 / cpu);
      }
    }
    if (sink != 0) {
      throw new IllegalStateException("the sample agenda must pass every built-in rule");
    }
  }
}
