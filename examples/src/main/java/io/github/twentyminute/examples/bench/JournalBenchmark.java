package io.github.twentyminute.examples.bench;

import io.github.twentyminute.journal.Journal;
import io.github.twentyminute.journal.JournalSummary;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.testing.MeetingRecordGenerator;
import io.github.twentyminute.testing.Randomness;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Summarises a journal of 10,000 and of 100,000 meeting records, to show that the full
 * computation stays linear. The records come from {@link MeetingRecordGenerator} with a fixed
 * seed, drawing counterparts from a quarter as many people as there are records (so people are
 * met again and names given become meetings), up to four commitments each; most have an ended
 * session and so a timeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JournalBenchmark {
  /** The instant every summary is as of: after every generated meeting and task. */
  public static final Instant AS_OF =
      MeetingRecordGenerator.EPOCH.plus(Duration.ofDays(400));

  /** The number of records in the journal. */
  @Param({"10000", "100000"})
  public int records;

  private Journal journal;
  private MeetingRecord extra;

  /**
   * Generates the journal's records, the same on every run.
   *
   * @param size the number of records
   * @return the journal
   */
  public static Journal journal(int size) {
    MeetingRecordGenerator generator =
        MeetingRecordGenerator.standard().withPeople(Math.max(1, size / 4));
    return Journal.of(generator.records(Randomness.seeded(2026), size));
  }

  /** Generates the journal and one more record to add. */
  @Setup
  public void generate() {
    journal = journal(records);
    extra = MeetingRecordGenerator.standard().withPeople(Math.max(1, records / 4))
        .record(Randomness.seeded(7), "extra");
  }

  /**
   * Summarises the whole journal.
   *
   * @return a figure of the summary, so the work cannot be optimised away
   */
  @Benchmark
  public long summary() {
    JournalSummary summary = journal.summary(AS_OF);
    return summary.meetings() + summary.tags().size() + summary.touchpoints().size()
        + summary.referrals().chains().size();
  }

  /**
   * Adds one record and summarises the journal again: the cost of keeping a summary up to date
   * by full recomputation.
   *
   * @return a figure of the summary
   */
  @Benchmark
  public long addOneAndSummarise() {
    JournalSummary summary = journal.add(extra).summary(AS_OF);
    return summary.meetings() + summary.touchpoints().size();
  }
}
