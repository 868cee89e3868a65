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
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ValidationCpuTime() {}

  /**
   * Runs 10 rounds of 1,000,000 validations of the sample agenda after a warm-up, then 10 rounds
   * of 200,000 first validations of new copies of it (the CPU time of building a copy and of
   * building and validating one), and prints the CPU time of each.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    RuleSet rules = RuleSet.standard();
    Agenda agenda = SampleMeeting.agenda();
    long sink = 0;
    for (int round = -5; round < 10; round++) {
      int validations = 1_000_000;
      long start = cpuTime();
      for (int i = 0; i < validations; i++) {
        sink += rules.validate(agenda).findings().size();
      }
      print(round, "validation of the sample agenda", cpuTime() - start, validations);
    }
    for (int round = -5; round < 10; round++) {
      int copies = 200_000;
      long start = cpuTime();
      for (int i = 0; i < copies; i++) {
        sink += ValidationBenchmark.copy(agenda).items().size() - agenda.items().size();
      }
      long build = cpuTime() - start;
      start = cpuTime();
      for (int i = 0; i < copies; i++) {
        sink += rules.validate(ValidationBenchmark.copy(agenda)).findings().size();
      }
      long buildAndValidate = cpuTime() - start;
      print(round, "new copy built", build, copies);
      print(round, "new copy built and validated", buildAndValidate, copies);
      print(round, "first validation of a new copy (the difference)", buildAndValidate - build,
          copies);
    }
    if (sink != 0) {
      throw new IllegalStateException("the sample agenda must pass every built-in rule");
    }
  }

  private static long cpuTime() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static void print(int round, String what, long cpu, int times) {
    if (round >= 0) {
      System.out.printf("round %d, %s: %.0f ns of CPU time each, %.0f a CPU second%n", round,
          what, (double) cpu / times, times * 1e9 / cpu);
    }
  }
}
