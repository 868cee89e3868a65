package io.github.twentyminute.examples.bench;

import io.github.twentyminute.json.JsonMeetingStore;
import io.github.twentyminute.json.TransferResult;
import io.github.twentyminute.json.TwentyMinuteJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exports a {@link JsonMeetingStore} of 100,000 meeting records (the sample meeting under
 * 100,000 ids, about 10 KB each) as JSON Lines, in a JVM whose heap is capped at 64 MiB: the whole
 * store (1.2 GB of files) is about twenty times the heap, so the export only completes if it
 * holds one record at a time. Every record is read strictly from its file and written again.
 *
 * <p>The store is created once under the temporary directory
 * ({@code twentyminute-bench-export-100000}) and reused by later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m"})
public class JsonExportBenchmark {
  /** The number of records in the store. */
  @Param({"100000"})
  public int records;

  private JsonMeetingStore store;

  /** Creates the store, or reuses one made by an earlier run. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path directory = Path.of(System.getProperty("java.io.tmpdir"),
        "twentyminute-bench-export-" + records);
    Path complete = directory.resolve("complete.marker");
    store = JsonMeetingStore.open(directory,
        TwentyMinuteJson.builder().prettyPrint(false).build());
    if (Files.exists(complete)) {
      return;
    }
    store.save(BenchRecords.sample("m0"), 0);
    String template = Files.readString(store.fileOf("m0"));
    for (int i = 1; i < records; i++) {
      Files.writeString(store.fileOf("m" + i),
          template.replace("\"m0\"", "\"m" + i + "\""), StandardCharsets.UTF_8);
    }
    Files.writeString(complete, "");
  }

  /**
   * Exports the store to a writer that only counts characters.
   *
   * @return the number of characters written
   */
  @Benchmark
  public long export() {
    CountingWriter out = new CountingWriter();
    TransferResult result = store.exportJsonLines(out);
    if (result.transferred() != records || !result.problems().isEmpty()) {
      throw new IllegalStateException("expected " + records + " records exported, but " + result);
    }
    return out.count;
  }

  /** Counts what is written and keeps nothing. */
  private static final class CountingWriter extends Writer {
    long count;

    @Override
    public void write(char[] buffer, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text) {
      count += text.length();
    }

    @Override
    public void flush() {
      // nothing kept
    }

    @Override
    public void close() {
      // nothing kept
    }
  }
}
