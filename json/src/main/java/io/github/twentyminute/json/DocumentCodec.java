package io.github.twentyminute.json;

import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * Writes and reads one document type by hand: chosen field names in a chosen order, and a strict
 * walk of the parser on the way back. Subclasses are stateless and thread-safe.
 *
 * @param <T> the value type
 */
abstract class DocumentCodec<T> {
  /** The field that names the document's format, present in every top-level document. */
  static final String FORMAT = "format";

  /** Writes the fields of the value, after {@code format} and before the object's end. */
  abstract void writeFields(JsonGenerator out, T value);

  /**
   * Reads a whole document object, checking its {@code format} against the type.
   *
   * @param in the reader, before the object's first token
   * @param type the expected document type
   * @return the value
   */
  abstract T readDocument(StrictReader in, DocumentType<T> type);

  /** Writes a whole document object. */
  final void writeDocument(JsonGenerator out, DocumentType<T> type, T value) {
    out.writeStartObject();
    string(out, Names.FORMAT, type.format());
    writeFields(out, value);
    out.writeEndObject();
  }

  /** Returns the document form of some body fields: the same fields, then {@code format}. */
  static Fields document(String... body) {
    String[] all = Arrays.copyOf(body, body.length + 1);
    all[body.length] = FORMAT;
    return Fields.of(all);
  }

  /**
   * Reads the value of a {@code format} field and checks it names the expected type in a version
   * the library reads.
   *
   * @return the version found, from the type's oldest readable version to its current one
   */
  static int readFormat(StrictReader in, DocumentType<?> type) {
    String found = in.readString();
    int version = type.readsVersion(found);
    if (version > 0) {
      return version;
    }
    DocumentType<?> other = DocumentType.forFormat(found).orElse(null);
    if (other != null) {
      throw in.unsupportedFormat("expected " + article(type.name()) + " document, format \""
          + type.format() + "\", found " + article(other.name()) + " document, format \""
          + found + "\"", "format \"" + type.format() + "\"", found);
    }
    String prefix = DocumentType.FORMAT_PREFIX + type.name() + "@";
    if (found.startsWith(prefix)) {
      throw in.unsupportedFormat("expected format \"" + type.format() + "\", found "
          + StrictReader.quote(found) + ": this library reads "
          + (type.oldestVersion() == type.version()
              ? "version " + type.version() + " of " + type.name() + " documents only"
              : "versions " + type.oldestVersion() + " to " + type.version() + " of "
                  + type.name() + " documents"), "format \"" + type.format() + "\"", found);
    }
    throw in.unsupportedFormat("expected format \"" + type.format() + "\", found "
        + StrictReader.quote(found), "format \"" + type.format() + "\"", found);
  }

  /** Returns the name with "a" or "an" before it, such as "an agenda". */
  static String article(String name) {
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  static void writeDuration(
      JsonGenerator out, SerializableString name, java.time.Duration value) {
    out.writeName(name);
    out.writeString(value.toString());
  }

  static void string(JsonGenerator out, SerializableString name, String value) {
    out.writeName(name);
    out.writeString(value);
  }

  static void bool(JsonGenerator out, SerializableString name, boolean value) {
    out.writeName(name);
    out.writeBoolean(value);
  }

  static void number(JsonGenerator out, SerializableString name, int value) {
    out.writeName(name);
    out.writeNumber(value);
  }

  static void number(JsonGenerator out, SerializableString name, long value) {
    out.writeName(name);
    out.writeNumber(value);
  }

  static void arrayStart(JsonGenerator out, SerializableString name) {
    out.writeName(name);
    out.writeStartArray();
  }

  static void objectStart(JsonGenerator out, SerializableString name) {
    out.writeName(name);
    out.writeStartObject();
  }
}
