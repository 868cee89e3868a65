package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes every read entry point with Jazzer and checks the one contract of the read path: a
 * document reads to a value that writes back to a document reading to an equal value, or the
 * read raises a {@link JsonFormatException} with a location and a bounded message; no other
 * exception, ever.
 *
 * <p>In the normal build each method replays its checked-in inputs, seeded from the golden
 * documents, with the inputs that once found a defect kept beside them
 * ({@code src/test/resources/io/github/twentyminute/json/ReadPathFuzzTestsInputs/<method>}).
 * With the environment variable {@code JAZZER_FUZZ=1} a method runs as a real fuzzer for at most
 * its {@code maxDuration}; see the README.
 */
class ReadPathFuzzTests {
  /** The longest message a read error may have: values are quoted as short excerpts. */
  static final int MAX_MESSAGE = 2_000;

  private static final TwentyMinuteJson JSON = TwentyMinuteJson.create();
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new TwentyMinuteModule()).build();

  @FuzzTest(maxDuration = "10m")
  void plan(byte[] data) {
    readsOrFails(DocumentType.PLAN, data);
  }

  @FuzzTest(maxDuration = "10m")
  void agenda(byte[] data) {
    readsOrFails(DocumentType.AGENDA, data);
  }

  @FuzzTest(maxDuration = "10m")
  void report(byte[] data) {
    readsOrFails(DocumentType.REPORT, data);
  }

  @FuzzTest(maxDuration = "10m")
  void session(byte[] data) {
    readsOrFails(DocumentType.SESSION, data);
  }

  @FuzzTest(maxDuration = "10m")
  void followUp(byte[] data) {
    readsOrFails(DocumentType.FOLLOW_UP, data);
  }

  @FuzzTest(maxDuration = "10m")
  void meetingRecord(byte[] data) {
    readsOrFails(DocumentType.MEETING_RECORD, data);
  }

  /** The Jackson module in an application's mapper; the first byte chooses the type. */
  @FuzzTest(maxDuration = "10m")
  void module(byte[] data) {
    if (data.length == 0) {
      return;
    }
    DocumentType<?> type = DocumentType.all().get((data[0] & 0xff) % DocumentType.all().size());
    byte[] document = java.util.Arrays.copyOfRange(data, 1, data.length);
    readsThroughTheModule(type, document);
  }

  private static <T> void readsOrFails(DocumentType<T> type, byte[] data) {
    readsOrFails(type, () -> JSON.read(type, new ByteArrayInputStream(data)));
    String text = new String(data, StandardCharsets.UTF_8);
    readsOrFails(type, () -> JSON.read(type, text));
    readsOrFails(type, () -> JSON.read(type, new StringReader(text)));
  }

  private static <T> void readsOrFails(DocumentType<T> type, Supplier<T> read) {
    T value;
    try {
      value = read.get();
    } catch (JsonFormatException e) {
      checkError(e);
      return;
    }
    roundTrips(type, value);
  }

  private static <T> void readsThroughTheModule(DocumentType<T> type, byte[] data) {
    T value;
    try (InputStream in = new ByteArrayInputStream(data)) {
      value = MAPPER.readValue(in, type.javaType());
    } catch (DatabindException e) {
      if (e.getCause() instanceof JsonFormatException cause) {
        checkError(cause);
      }
      return; // the mapper's own problems (no content, trailing tokens) are Jackson's, typed
    } catch (JacksonException e) {
      return; // malformed JSON outside the value, reported by the mapper's parser
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(value).as("the module never reads a document as null").isNotNull();
    roundTrips(type, value);
    String viaMapper = MAPPER.writeValueAsString(value);
    assertThat(MAPPER.readValue(viaMapper, type.javaType())).isEqualTo(value);
  }

  /** Checks that what was read writes back to a document that reads to an equal value. */
  private static <T> void roundTrips(DocumentType<T> type, T value) {
    String written = JSON.write(type, value);
    T back = JSON.read(type, written);
    assertThat(back).isEqualTo(value);
    assertThat(JSON.write(type, back)).isEqualTo(written);
  }

  private static void checkError(JsonFormatException e) {
    assertThat(e.pointer()).isNotNull();
    assertThat(e.pointer().isEmpty() || e.pointer().startsWith("/")).isTrue();
    assertThat(e.line()).isGreaterThanOrEqualTo(-1);
    assertThat(e.column()).isGreaterThanOrEqualTo(-1);
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MAX_MESSAGE);
    assertThat(e.expected()).hasSizeLessThanOrEqualTo(MAX_MESSAGE);
    assertThat(e.found()).hasSizeLessThanOrEqualTo(MAX_MESSAGE);
  }
}
