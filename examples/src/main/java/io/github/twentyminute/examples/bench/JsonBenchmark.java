package io.github.twentyminute.examples.bench;

import io.github.twentyminute.examples.bench.JsonBeans.RecordBean;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing and reading one meeting record (the sample meeting: 13 items, 25 session events, four
 * commitments, three insights; 10,468 bytes of compact JSON) with {@link TwentyMinuteJson},
 * against plain Jackson mapping the same data held in mutable beans ({@link JsonBeans}) by
 * reflection. Both write the very same text, byte for byte (checked in the set-up).
 * The library's reader also checks every field, replays the session and builds immutable values;
 * the target is to stay within 1.5 times plain Jackson's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
  private final TwentyMinuteJson json = TwentyMinuteJson.builder().prettyPrint(false).build();
  private final JsonMapper mapper = JsonBeans.mapper();
  private MeetingRecord record;
  private RecordBean bean;
  private String recordText;
  private String beanText;

  /** Builds the record, its beans and their texts, and checks that each reads back. */
  @Setup
  public void setUp() {
    record = BenchRecords.sample("dana-reyes-2026-03-10");
    bean = JsonBeans.of(record);
    recordText = json.write(DocumentType.MEETING_RECORD, record);
    beanText = mapper.writeValueAsString(bean);
    if (!json.read(DocumentType.MEETING_RECORD, recordText).equals(record)) {
      throw new IllegalStateException("the record does not read back equal");
    }
    if (!beanText.equals(recordText)) {
      throw new IllegalStateException("plain Jackson should write the very same text");
    }
    if (!mapper.writeValueAsString(mapper.readValue(beanText, RecordBean.class))
        .equals(beanText)) {
      throw new IllegalStateException("the beans do not read back equal");
    }
  }

  /**
   * Writes the record with the library.
   *
   * @return the text
   */
  @Benchmark
  public String writeRecord() {
    return json.write(DocumentType.MEETING_RECORD, record);
  }

  /**
   * Writes the beans with plain Jackson.
   *
   * @return the text
   */
  @Benchmark
  public String writePlainJackson() {
    return mapper.writeValueAsString(bean);
  }

  /**
   * Reads the record with the library.
   *
   * @return the record
   */
  @Benchmark
  public MeetingRecord readRecord() {
    return json.read(DocumentType.MEETING_RECORD, recordText);
  }

  /**
   * Reads the beans with plain Jackson.
   *
   * @return the beans
   */
  @Benchmark
  public RecordBean readPlainJackson() {
    return mapper.readValue(beanText, RecordBean.class);
  }
}
