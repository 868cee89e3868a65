package io.github.twentyminute.json;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The {@code twentyminute/store-entry@1} object: a document with its id and revision, as one
 * file of a store or one line of JSON Lines. Fields are read by name. Immutable and thread-safe.
 *
 * @param <T> the type of the documents
 */
final class EntryCodec<T> {
  static final String FORMAT = "twentyminute/store-entry@1";

  private static final Fields ENTRY = Fields.of("format", "id", "revision", "document");

  private final DocumentType<T> type;
  private final TwentyMinuteJson json;
  private final BiConsumer<String, Stored<T>> consistency;

  /**
   * Obtains the codec.
   *
   * @param consistency checks an entry read against its id, throwing
   *     {@link IllegalArgumentException} if the document disagrees
   */
  EntryCodec(DocumentType<T> type, TwentyMinuteJson json,
      BiConsumer<String, Stored<T>> consistency) {
    this.type = type;
    this.json = json;
    this.consistency = consistency;
  }

  /** Returns the bytes of an entry, indented or as one compact line without an ending. */
  byte[] write(Stored<T> entry, boolean pretty) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator out = json.generator(bytes, pretty)) {
      out.writeStartObject();
      DocumentCodec.string(out, Names.FORMAT, FORMAT);
      DocumentCodec.string(out, Names.ID, entry.id());
      DocumentCodec.number(out, Names.REVISION, entry.revision());
      out.writeName(Names.DOCUMENT);
      type.codec().writeDocument(out, type, entry.value());
      out.writeEndObject();
      if (pretty) {
        out.writeRaw('\n');
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    return bytes.toByteArray();
  }

  /**
   * Reads an entry strictly from the bytes of a file.
   *
   * @param expectedId the id the file name gives, or null to take the entry's own
   */
  Stored<T> read(byte[] bytes, String source, @Nullable String expectedId) {
    return read(() -> json.factory().createParser(ObjectReadContext.empty(), bytes), source,
        expectedId);
  }

  /** Reads an entry strictly from one line of text. */
  Stored<T> read(String line, String source) {
    return read(() -> json.factory().createParser(ObjectReadContext.empty(), line), source,
        null);
  }

  private Stored<T> read(Supplier<JsonParser> open, String source,
      @Nullable String expectedId) {
    StrictReader in = null;
    try (JsonParser parser = open.get()) {
      in = new StrictReader(parser, false, source);
      in.beginObject(ENTRY);
      Stored<T> entry = readFields(in, expectedId);
      in.expectEnd();
      return entry;
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw in == null ? StrictReader.malformed(e, "", source) : in.malformed(e);
    }
  }

  private Stored<T> readFields(StrictReader in, @Nullable String expectedId) {
    String id = null;
    long revision = 0;
    T value = null;
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (ENTRY.name(field)) {
        case "format":
          readFormat(in);
          break;
        case "id":
          id = readId(in, expectedId);
          break;
        case "revision":
          revision = readRevision(in);
          break;
        default:
          value = type.codec().readDocument(in, type);
          break;
      }
    }
    String entryId = Objects.requireNonNull(id);
    long entryRevision = revision;
    T entryValue = Objects.requireNonNull(value);
    return in.endObject(() -> {
      Stored<T> read = new Stored<>(entryId, entryRevision, entryValue);
      consistency.accept(entryId, read);
      return read;
    });
  }

  private static void readFormat(StrictReader in) {
    String format = in.readString();
    if (!format.equals(FORMAT)) {
      throw in.error("expected format \"" + FORMAT + "\", found " + StrictReader.quote(format));
    }
  }

  private static String readId(StrictReader in, @Nullable String expectedId) {
    String found = in.readString();
    if (expectedId != null && !found.equals(expectedId)) {
      throw in.error("expected id \"" + expectedId + "\", as the file is named, found "
          + StrictReader.quote(found));
    }
    if (!StoreFileNames.isValidId(found)) {
      throw in.error("expected an id matching " + StoreFileNames.ID_PATTERN + ", found "
          + StrictReader.quote(found));
    }
    return found;
  }

  private static long readRevision(StrictReader in) {
    long revision = in.readLong();
    if (revision < 1) {
      throw in.error("expected a revision of 1 or more, found " + revision);
    }
    return revision;
  }
}
