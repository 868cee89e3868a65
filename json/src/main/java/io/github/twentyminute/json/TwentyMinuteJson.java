package io.github.twentyminute.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes every TwentyMinute document type as JSON: from and to a {@code String}, a
 * {@link Reader} or {@link Writer}, an {@link InputStream} or {@link OutputStream} (UTF-8), and a
 * file {@link Path}.
 *
 * <pre>{@code
 * TwentyMinuteJson json = TwentyMinuteJson.create();
 * String text = json.write(DocumentType.AGENDA, agenda);
 * Agenda back = json.read(DocumentType.AGENDA, text);      // equal to agenda
 * }</pre>
 *
 * <p><b>Writing</b> puts {@code format} first and then every field in the documented order;
 * optional values that are absent are left out rather than written as {@code null}. Durations are
 * ISO-8601 ({@code "PT2M30S"}), instants ISO-8601 in UTC ({@code "2026-03-10T15:00:00Z"}). By
 * default the output is indented by two spaces with {@code \n} line ends and ends with a line
 * break; {@link Builder#prettyPrint(boolean) prettyPrint(false)} writes one compact line.
 *
 * <p><b>Reading</b> is strict: an unknown field, a missing or repeated field, a value of the
 * wrong type, a {@code null}, a negative duration, another format or version, content after the
 * document, malformed JSON, a document beyond the limits below, and values that break an
 * invariant of the core type all raise {@link JsonFormatException} with the JSON pointer, line and
 * column of the value at fault. The {@code format} field may appear anywhere in the object.
 *
 * <p><b>Limits</b>, checked while reading, before the document is held in memory: at most
 * {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes (or characters, for text input) per document,
 * nesting at most {@value #DEFAULT_MAX_NESTING_DEPTH} objects and arrays deep, strings of at most
 * {@value #DEFAULT_MAX_STRING_LENGTH} characters, field names of at most
 * {@value #MAX_NAME_LENGTH} characters. The first three can be changed with {@link #builder()}.
 *
 * <p>Streams and readers passed in are neither closed nor read past the document's end marker
 * more than the parser's buffer needs; files are opened and closed here. I/O failures are
 * reported as {@link UncheckedIOException}; bytes that are not text in the encoding detected
 * (such as an invalid UTF-32 character or an unsupported byte order) are malformed JSON, a
 * {@link MalformedJsonException}.
 * Instances are immutable and thread-safe.
 */
public final class TwentyMinuteJson {
  /** The default limit on a document's length: 16 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
  /** The default limit on how deep objects and arrays may nest. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
  /** The default limit on a string's length: 1 Mi characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** The limit on a field name's length. */
  public static final int MAX_NAME_LENGTH = 256;

  private static final TwentyMinuteJson DEFAULT = builder().build();

  private final JsonFactory factory;
  private final boolean prettyPrint;
  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;

  private TwentyMinuteJson(Builder builder) {
    this.prettyPrint = builder.prettyPrint;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.factory = JsonFactory.builder()
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentLength)
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxNameLength(MAX_NAME_LENGTH)
            .build())
        .build();
  }

  /**
   * Obtains the default instance: indented output and the default limits.
   *
   * @return the instance
   */
  public static TwentyMinuteJson create() {
    return DEFAULT;
  }

  /**
   * Returns a builder with indented output and the default limits.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks if this instance indents its output.
   *
   * @return true for indented output, false for one compact line
   */
  public boolean prettyPrint() {
    return prettyPrint;
  }

  /**
   * Returns the limit on a document's length.
   *
   * @return the most bytes (or characters, for text input) a document may have
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the limit on nesting.
   *
   * @return how deep objects and arrays may nest
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the limit on a string's length.
   *
   * @return the most characters a string value may have
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a document from a string.
   *
   * @param <T> the value type
   * @param type the document type, not null
   * @param json the document, not null
   * @return the value
   * @throws JsonFormatException if the text is not a valid document of that type
   */
  public <T> T read(DocumentType<T> type, String json) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(json, "json");
    return read(type, () -> factory.createParser(ObjectReadContext.empty(), json), null);
  }

  /**
   * Reads a document from a reader, which is left open.
   *
   * @param <T> the value type
   * @param type the document type, not null
   * @param in the reader, not null
   * @return the value
   * @throws JsonFormatException if the text is not a valid document of that type
   * @throws UncheckedIOException if reading fails
   */
  public <T> T read(DocumentType<T> type, Reader in) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(in, "in");
    Reader source = new SourceReader(in);
    return read(type, () -> factory.createParser(ObjectReadContext.empty(), source), null);
  }

  /**
   * Reads a document from a stream of UTF-8 (or UTF-16/32, detected) bytes, which is left open.
   *
   * @param <T> the value type
   * @param type the document type, not null
   * @param in the stream, not null
   * @return the value
   * @throws JsonFormatException if the bytes are not a valid document of that type
   * @throws UncheckedIOException if reading fails
   */
  public <T> T read(DocumentType<T> type, InputStream in) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(in, "in");
    InputStream source = new SourceStream(in);
    return read(type, () -> factory.createParser(ObjectReadContext.empty(), source), null);
  }

  /**
   * Reads a document from a file.
   *
   * @param <T> the value type
   * @param type the document type, not null
   * @param file the file, not null
   * @return the value
   * @throws JsonFormatException if the file is not a valid document of that type; its
   *     {@link JsonFormatException#source() source} is the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(DocumentType<T> type, Path file) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(file, "file");
    try (InputStream in = new SourceStream(Files.newInputStream(file))) {
      return read(type, () -> factory.createParser(ObjectReadContext.empty(), in),
          file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a document from bytes; used by the store. */
  <T> T read(DocumentType<T> type, byte[] json, @Nullable String source) {
    return read(type, () -> factory.createParser(ObjectReadContext.empty(), json), source);
  }

  private interface ParserSupplier {
    JsonParser open();
  }

  private <T> T read(DocumentType<T> type, ParserSupplier open, @Nullable String source) {
    StrictReader in = null;
    try (JsonParser parser = open.open()) {
      in = new StrictReader(parser, false, source);
      T value = type.codec().readDocument(in, type);
      in.expectEnd();
      return value;
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof SourceFailure failure) {
        throw new UncheckedIOException(failure.failure());
      }
      // The parser's own failure to decode the bytes, such as an invalid UTF-32 character.
      throw in == null ? StrictReader.malformed(e, "", source) : in.malformed(e);
    } catch (JacksonException e) {
      throw in == null ? StrictReader.malformed(e, "", source) : in.malformed(e);
    }
  }

  /** A failure of the source itself, told apart from the parser's failures to decode it. */
  private static final class SourceFailure extends IOException {
    private static final long serialVersionUID = 1L;

    SourceFailure(IOException failure) {
      super(failure);
    }

    IOException failure() {
      return (IOException) getCause();
    }
  }

  /** Marks the failures of a stream as the source's own. */
  private static final class SourceStream extends FilterInputStream {
    SourceStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return in.read(buffer, offset, length);
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }
  }

  /** Marks the failures of a reader as the source's own. */
  private static final class SourceReader extends FilterReader {
    SourceReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      try {
        return in.read(buffer, offset, length);
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } catch (IOException e) {
        throw new SourceFailure(e);
      }
    }
  }

  /**
   * Reads one value with a strict reader standing on a parser; used by the store and the Jackson
   * module.
   */
  <T> T readWith(StrictReader in, DocumentType<T> type) {
    try {
      return type.codec().readDocument(in, type);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharConversionException) {
        throw in.malformed(e);
      }
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw in.malformed(e);
    }
  }

  JsonFactory factory() {
    return factory;
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a document to a string.
   *
   * @param <T> the value type
   * @param type the document type, not null
   * @param value the value, not null
   * @return the document
   */
  public <T> String write(DocumentType<T> type, T value) {
    TextWriter text = new TextWriter();
    write(type, value, text);
    return text.toString();
  }

  /** A writer into a {@link StringBuilder}, without the locking of {@code StringWriter}. */
  private static final class TextWriter extends Writer {
    private final StringBuilder text = new StringBuilder(4096);

    @Override
    public void write(char[] buffer, int offset, int length) {
      text.append(buffer, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {
      // nothing buffered
    }

    @Override
    public void close() {
      // nothing to release
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /**
   * Writes a document to a writer, which is flushed and left open.
   *
   * @param <T> the value type
   * @param type the document type, not null
   * @param value the value, not null
   * @param out the writer, not null
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentType<T> type, T value, Writer out) {
    Objects.requireNonNull(out, "out");
    write(type, value, () -> factory.createGenerator(writeContext(), out));
  }

  /**
   * Writes a document to a stream as UTF-8; the stream is flushed and left open.
   *
   * @param <T> the value type
   * @param type the document type, not null
   * @param value the value, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    write(type, value, () -> factory.createGenerator(writeContext(), out, JsonEncoding.UTF8));
  }

  /**
   * Writes a document to a file as UTF-8, creating or replacing it. This is a plain write; for
   * crash-safe replacement use {@link JsonDocumentStore}.
   *
   * @param <T> the value type
   * @param type the document type, not null
   * @param value the value, not null
   * @param file the file, not null
   * @throws UncheckedIOException if writing fails
   */
  public <T> void write(DocumentType<T> type, T value, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(type, value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface GeneratorSupplier {
    JsonGenerator open();
  }

  private <T> void write(DocumentType<T> type, T value, GeneratorSupplier open) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    try (JsonGenerator out = open.open()) {
      type.codec().writeDocument(out, type, value);
      if (prettyPrint) {
        out.writeRaw('\n');
      }
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /** Opens a generator with this instance's layout; used by the store. */
  JsonGenerator generator(OutputStream out, boolean pretty) {
    return factory.createGenerator(
        pretty ? new PrettyContext() : ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
  }

  private ObjectWriteContext writeContext() {
    return prettyPrint ? new PrettyContext() : ObjectWriteContext.empty();
  }

  /** Gives each generator its own {@link DocumentPrettyPrinter}. */
  private static final class PrettyContext extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DocumentPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** Builds a {@link TwentyMinuteJson} with chosen layout and limits. Not thread-safe. */
  public static final class Builder {
    private boolean prettyPrint = true;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * Sets whether output is indented.
     *
     * @param prettyPrint true for two-space indentation, false for one compact line
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * Sets the limit on a document's length.
     *
     * @param maxDocumentLength the most bytes (or characters) a document may have, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException(
            "max document length must be 1 or more, but was " + maxDocumentLength);
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * Sets the limit on nesting. The deepest document this library writes nests fewer than 16
     * levels.
     *
     * @param maxNestingDepth how deep objects and arrays may nest, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      if (maxNestingDepth < 1) {
        throw new IllegalArgumentException(
            "max nesting depth must be 1 or more, but was " + maxNestingDepth);
      }
      this.maxNestingDepth = maxNestingDepth;
      return this;
    }

    /**
     * Sets the limit on a string's length.
     *
     * @param maxStringLength the most characters a string may have, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    public Builder maxStringLength(int maxStringLength) {
      if (maxStringLength < 1) {
        throw new IllegalArgumentException(
            "max string length must be 1 or more, but was " + maxStringLength);
      }
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public TwentyMinuteJson build() {
      return new TwentyMinuteJson(this);
    }
  }
}
