package io.github.twentyminute.examples.bench;

import io.github.twentyminute.examples.bench.JsonBeans.RecordBean;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison of {@link JsonBenchmark}, measured in CPU time of the running thread instead of
 * wall-clock time, so that it holds on a machine busy with other work: the four operations run in
 * turn, in slices of 100 ms of CPU time, 30 rounds to warm up and 40 to measure, and each round
 * gives the ratio of the library's time to plain Jackson's. Prints the median time per operation
 * and the median ratio.
 *
 * <pre>{@code
 * java -cp examples/target/twentyminute.jar \
 *     io.github.twentyminute.examples.bench.JsonCpuTimeComparison
 * }</pre>
 */
public final class JsonCpuTimeComparison {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private JsonCpuTimeComparison() {}

  /** Returns the CPU time per run in microseconds, running for a slice of CPU time. */
  private static double slice(Runnable operation, long millis) {
    long start = THREADS.getCurrentThreadCpuTime();
    long end = start + millis * 1_000_000L;
    long runs = 0;
    long now;
    while ((now = THREADS.getCurrentThreadCpuTime()) < end) {
      for (int i = 0; i < 20; i++) {
        operation.run();
      }
      runs += 20;
    }
    return (now - start) / 1000.0 / runs;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /**
   * Runs the comparison.
   *
   * @param args none
   */
  public static void main(String[] args) {
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
    }
    TwentyMinuteJson json = TwentyMinuteJson.builder().prettyPrint(false).build();
    JsonMapper mapper = JsonBeans.mapper();
    MeetingRecord record = BenchRecords.sample("dana-reyes-2026-03-10");
    RecordBean bean = JsonBeans.of(record);
    String text = json.write(DocumentType.MEETING_RECORD, record);
    if (!text.equals(mapper.writeValueAsString(bean))) {
      throw new IllegalStateException("plain Jackson should write the very same text");
    }
    Runnable[] operations = {
        () -> json.write(DocumentType.MEETING_RECORD, record),
        () -> mapper.writeValueAsString(bean),
        () -> json.read(DocumentType.MEETING_RECORD, text),
        () -> mapper.readValue(text, RecordBean.class)};
    String[] names = {"writeRecord", "writePlainJackson", "readRecord", "readPlainJackson"};
    for (int round = 0; round < 30; round++) {
      for (Runnable operation : operations) {
        slice(operation, 100);
      }
    }
    List<List<Double>> times = new ArrayList<>();
    for (int i = 0; i < operations.length; i++) {
      times.add(new ArrayList<>());
    }
    List<Double> writeRatios = new ArrayList<>();
    List<Double> readRatios = new ArrayList<>();
    for (int round = 0; round < 40; round++) {
      double[] round4 = new double[operations.length];
      for (int i = 0; i < operations.length; i++) {
        round4[i] = slice(operations[i], 100);
        times.get(i).add(round4[i]);
      }
      writeRatios.add(round4[0] / round4[1]);
      readRatios.add(round4[2] / round4[3]);
    }
    for (int i = 0; i < operations.length; i++) {
      System.out.printf("%-18s %8.1f us of CPU per operation (median of 40)%n", names[i],
          median(times.get(i)));
    }
    System.out.printf("write: library / plain Jackson = %.2f (median of 40 rounds)%n",
        median(writeRatios));
    System.out.printf("read:  library / plain Jackson = %.2f (median of 40 rounds)%n",
        median(readRatios));
  }
}
