package io.github.twentyminute.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.SerializableString;

/**
 * The fields of one JSON object type, each named once, with the way its value is read into the
 * state of the object being read. A field is found by its name, never by its place in the list,
 * so reordering the list cannot misread a document. Immutable and thread-safe.
 *
 * @param <S> the state the fields are read into, such as a builder; one per object read
 */
final class Shape<S> {
  /** Reads one field's value, the parser standing before it, into the object's state. */
  @FunctionalInterface
  interface FieldReader<S> {
    /**
     * Reads the value.
     *
     * @param in the reader, before the value's first token
     * @param state the state of the object being read
     */
    void read(StrictReader in, S state);
  }

  /** One field: its name, whether it must be present, and how its value is read. */
  record Field<S>(String name, boolean required, FieldReader<S> reader) {
    Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reader, "reader");
    }
  }

  private final Fields fields;
  private final List<FieldReader<S>> readers;
  /** Where {@code format} is among the fields, or -1 for an embedded object without it. */
  private final int format;

  private Shape(List<Field<S>> declared, boolean document) {
    List<String> names = new ArrayList<>();
    List<FieldReader<S>> byIndex = new ArrayList<>();
    for (Field<S> field : declared) {
      names.add(field.required() ? field.name() : field.name() + "?");
      byIndex.add(field.reader());
    }
    if (document) {
      names.add(DocumentCodec.FORMAT);
      byIndex.add((in, state) -> {
        throw new IllegalStateException("Impossible state: format is read by readFields");
      });
    }
    this.fields = Fields.of(names.toArray(new String[0]));
    this.readers = List.copyOf(byIndex);
    this.format = document ? declared.size() : -1;
  }

  /** Returns a required field. */
  static <S> Field<S> required(SerializableString name, FieldReader<S> reader) {
    return new Field<>(name.getValue(), true, reader);
  }

  /** Returns an optional field. */
  static <S> Field<S> optional(SerializableString name, FieldReader<S> reader) {
    return new Field<>(name.getValue(), false, reader);
  }

  /** Returns the shape of an embedded object with these fields. */
  @SafeVarargs
  static <S> Shape<S> of(Field<S>... fields) {
    return new Shape<>(List.of(fields), false);
  }

  /** Returns the shape of an embedded object with a list of fields. */
  static <S> Shape<S> of(List<Field<S>> fields) {
    return new Shape<>(List.copyOf(fields), false);
  }

  /** Returns the shape of a whole document: these fields and {@code format}. */
  Shape<S> document() {
    if (format >= 0) {
      throw new IllegalStateException("Impossible state: already a document shape");
    }
    List<Field<S>> declared = new ArrayList<>();
    for (int i = 0; i < readers.size(); i++) {
      declared.add(new Field<>(fields.name(i), (fields.requiredMask() & (1L << i)) != 0,
          readers.get(i)));
    }
    return new Shape<>(declared, true);
  }

  Fields fields() {
    return fields;
  }

  /** Returns true if the field found at a place is {@code format}. */
  boolean isFormat(int index) {
    return index == format;
  }

  FieldReader<S> reader(int index) {
    return readers.get(index);
  }
}
