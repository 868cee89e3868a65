package io.github.twentyminute.json;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Walks a JSON document strictly, on a streaming parser: each value must have the expected type,
 * each object only its declared fields, each once, with every required one present. Every problem
 * becomes a {@link JsonFormatException} with the JSON pointer of the value at fault and its line
 * and column. Not thread-safe; one instance reads one document.
 *
 * <p>Each {@code read...} method consumes exactly one value, starting with the next token.
 */
final class StrictReader {
  private static final int MAX_SHOWN = 60;
  /** The longest problem text an error carries; a longer one keeps its start and its end. */
  static final int MAX_PROBLEM = 500;
  private static final String DURATION = "an ISO-8601 duration such as \"PT2M30S\"";
  private static final String INSTANT =
      "an ISO-8601 instant in UTC such as \"2026-03-10T15:00:00Z\"";

  private final JsonParser parser;
  private final @Nullable String source;
  private boolean pending;
  private Frame[] frames = new Frame[16];
  private int depth;

  /**
   * Creates a reader.
   *
   * @param parser the parser
   * @param atFirstToken true if the parser already stands on the first token of the value to
   *     read (as inside a Jackson deserializer), false if the next token is the first
   * @param source the file the document came from, or null
   */
  StrictReader(JsonParser parser, boolean atFirstToken, @Nullable String source) {
    this.parser = parser;
    this.pending = atFirstToken;
    this.source = source;
  }

  JsonParser parser() {
    return parser;
  }

  private JsonToken next() {
    if (pending) {
      pending = false;
      return parser.currentToken();
    }
    return parser.nextToken();
  }

  // ---------------------------------------------------------------- objects

  /** Reads the start of an object. */
  void beginObject(Fields fields) {
    JsonToken token = next();
    if (token != JsonToken.START_OBJECT) {
      throw mismatch("an object", token);
    }
    push(true, fields);
  }

  /**
   * Advances to the next field of the current object.
   *
   * @return the field's index in the object's {@link Fields}, or -1 at the end of the object
   *     (after checking that every required field was present)
   */
  int nextField() {
    Frame frame = frames[depth - 1];
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_OBJECT) {
      long missing = frame.fields.requiredMask() & ~frame.seen;
      if (missing != 0) {
        String name = frame.fields.name(Long.numberOfTrailingZeros(missing));
        frame.name = null;
        throw new MissingFieldException(containerPointer(), frame.line, frame.column,
            "missing required field \"" + name + "\"; expected the fields "
                + frame.fields.list(), "the fields " + frame.fields.list(),
            "no field \"" + name + "\"", name, frame.fields.names(), source, null);
      }
      frame.name = null;
      return -1;
    }
    if (token != JsonToken.PROPERTY_NAME) {
      throw mismatch("a field name", token);
    }
    String name = parser.currentName();
    frame.name = name;
    int index = frame.fields.indexOf(name);
    if (index < 0) {
      TokenStreamLocation at = parser.currentTokenLocation();
      throw new UnknownFieldException(valuePointer(), at.getLineNr(), at.getColumnNr(),
          "unknown field \"" + shorten(name) + "\"; expected one of the fields "
              + frame.fields.list(), "one of the fields " + frame.fields.list(),
          "field " + quote(name), name, frame.fields.names(), source, null);
    }
    long bit = 1L << index;
    if ((frame.seen & bit) != 0) {
      TokenStreamLocation at = parser.currentTokenLocation();
      throw new RepeatedFieldException(valuePointer(), at.getLineNr(), at.getColumnNr(),
          "field \"" + name + "\" appears twice; expected each field once", "each field once",
          "field \"" + name + "\" again", name, frame.fields.names(), source, null);
    }
    frame.seen |= bit;
    return index;
  }

  /**
   * Reads an object's fields into a state: each field by its name, with the reader its shape
   * gives it; then the caller finishes the object with {@link #endObject(Supplier)}.
   *
   * @param shape the object's fields
   * @param state where the values go
   * @param type the document type whose {@code format} the object has, or null for an embedded
   *     object
   * @return the version of the document's format, or 0 for an embedded object
   */
  <S> int readFields(Shape<S> shape, S state, @Nullable DocumentType<?> type) {
    return readFields(shape, state, type, in -> { });
  }

  /**
   * Reads an object's fields into a state, as {@link #readFields(Shape, Object, DocumentType)},
   * telling {@code begun} once the object has begun, before its first field.
   */
  <S> int readFields(Shape<S> shape, S state, @Nullable DocumentType<?> type,
      java.util.function.Consumer<StrictReader> begun) {
    beginObject(shape.fields());
    begun.accept(this);
    int version = 0;
    int field;
    while ((field = nextField()) >= 0) {
      if (shape.isFormat(field)) {
        version = DocumentCodec.readFormat(this, java.util.Objects.requireNonNull(type, "type"));
      } else {
        shape.reader(field).read(this, state);
      }
    }
    return version;
  }

  /**
   * Reads a whole object of a shape and builds its value from the state.
   *
   * @param shape the object's fields
   * @param state where the values go
   * @param build builds the value from the state; see {@link #endObject(Supplier)}
   * @return the value
   */
  <S, T> T readObject(Shape<S> shape, S state, java.util.function.Function<S, T> build) {
    readFields(shape, state, null);
    return endObject(() -> build.apply(state));
  }

  /**
   * Finishes the current object, after {@link #nextField()} returned -1, by building its value;
   * an {@link IllegalArgumentException} or {@link IllegalStateException} from the build, such as
   * a broken invariant of a core type, is reported at the object.
   */
  <T> T endObject(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      Frame frame = frames[depth - 1];
      String problem = bounded(String.valueOf(e.getMessage()));
      throw new BadValueException(containerPointer(), frame.line, frame.column, problem,
          "a value the core type accepts", problem, source, e);
    } finally {
      depth--;
    }
  }

  /**
   * Returns where the innermost open object or array starts, as {@code {line, column}}; call it
   * between {@code begin...} and the end.
   */
  int[] containerStart() {
    Frame frame = frames[depth - 1];
    return new int[] {frame.line, frame.column};
  }

  /** Returns an exception at a given pointer and location. */
  JsonFormatException errorAt(
      String pointer, int[] start, String text, @Nullable Throwable cause) {
    String problem = bounded(text);
    String[] parts = expectedAndFound(problem);
    return new BadValueException(pointer, start[0], start[1], problem, parts[0], parts[1], source,
        cause);
  }

  // ---------------------------------------------------------------- arrays

  /** Reads the start of an array. */
  void beginArray() {
    JsonToken token = next();
    if (token != JsonToken.START_ARRAY) {
      throw mismatch("an array", token);
    }
    push(false, null);
  }

  /**
   * Advances to the next element of the current array.
   *
   * @return true if there is one, to be read with a {@code read...} method; false at the end of
   *     the array, which is then finished
   */
  boolean nextElement() {
    Frame frame = frames[depth - 1];
    frame.index++;
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      depth--;
      return false;
    }
    pending = true;
    return true;
  }

  /** Reads an array whose elements are read by {@code element}. */
  <T> List<T> readList(Supplier<T> element) {
    beginArray();
    List<T> list = new ArrayList<>();
    while (nextElement()) {
      list.add(element.get());
    }
    return list;
  }

  private void push(boolean object, @Nullable Fields fields) {
    if (depth == frames.length) {
      Frame[] grown = new Frame[depth * 2];
      System.arraycopy(frames, 0, grown, 0, depth);
      frames = grown;
    }
    Frame frame = frames[depth];
    if (frame == null) {
      frame = new Frame();
      frames[depth] = frame;
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    frame.object = object;
    frame.fields = fields;
    frame.seen = 0;
    frame.name = null;
    frame.index = -1;
    frame.line = at.getLineNr();
    frame.column = at.getColumnNr();
    depth++;
  }

  /** Checks that nothing follows the document. */
  void expectEnd() {
    JsonToken token = parser.nextToken();
    if (token != null) {
      throw mismatch("the end of the document", token);
    }
  }

  // ---------------------------------------------------------------- scalars

  String readString() {
    return readString("a string");
  }

  private String readString(String expected) {
    JsonToken token = next();
    if (token != JsonToken.VALUE_STRING) {
      throw mismatch(expected, token);
    }
    return parser.getString();
  }

  boolean readBoolean() {
    JsonToken token = next();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw mismatch("true or false", token);
  }

  int readInt() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw mismatch("a whole number", token);
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw error("expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
          + ", found " + shorten(parser.getText()));
    }
    return parser.getIntValue();
  }

  /**
   * Reads a string, or a whole number in the range of a long: a value whose type another field
   * of its object names.
   *
   * @return a {@link String} or a {@link Long}
   */
  Object readStringOrLong() {
    JsonToken token = next();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw mismatch("a string or a whole number", token);
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw error("expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
          + ", found " + shorten(parser.getText()));
    }
    return parser.getLongValue();
  }

  long readLong() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw mismatch("a whole number", token);
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw error("expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
          + ", found " + shorten(parser.getText()));
    }
    return parser.getLongValue();
  }

  /** Reads a duration in ISO-8601 ({@code PT2M30S}) that is zero or positive. */
  Duration readDuration() {
    String text = readString(DURATION);
    Duration duration = IsoText.duration(text);
    if (duration != null) {
      if (duration.compareTo(IsoText.MAX_DURATION) > 0) {
        throw error("expected a duration of at most " + IsoText.MAX_DURATION + " ("
            + IsoText.MAX_DURATION.toDays() + " days), found " + quote(text));
      }
      return duration;
    }
    Duration lenient;
    try {
      lenient = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw error("expected " + DURATION + ", found " + quote(text));
    }
    if (lenient.isNegative()) {
      throw error("expected a duration of zero or more, found " + quote(text));
    }
    throw error("expected " + DURATION + " in upper case without signs, found " + quote(text));
  }

  /** Reads an instant in ISO-8601 UTC ({@code 2026-03-10T15:00:00Z}). */
  Instant readInstant() {
    String text = readString(INSTANT);
    Instant instant = IsoText.instant(text);
    if (instant == null) {
      throw error("expected " + INSTANT + ", found " + quote(text));
    }
    return instant;
  }

  /** Reads a string that must be one of the keys of {@code values}. */
  <E> E readChoice(Map<String, E> values, String expected) {
    String text = readString(expected);
    E value = values.get(text);
    if (value == null) {
      throw error("expected " + expected + ", found " + quote(text));
    }
    return value;
  }

  /**
   * Reads a string and converts it; an {@link IllegalArgumentException} from the conversion is
   * reported at the value with its message.
   */
  <T> T readConverted(Function<String, T> convert) {
    String text = readString();
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(String.valueOf(e.getMessage()), e);
    }
  }

  // ---------------------------------------------------------------- errors

  /** Returns an exception at the current token. */
  JsonFormatException error(String problem) {
    return error(problem, null);
  }

  /**
   * Returns a {@link BadValueException} at the current token, with a cause. A problem of the form
   * {@code expected X, found Y} gives its two parts as the expected and found values.
   */
  JsonFormatException error(String text, @Nullable Throwable cause) {
    TokenStreamLocation at = parser.currentTokenLocation();
    String problem = bounded(text);
    String[] parts = expectedAndFound(problem);
    return new BadValueException(valuePointer(), at.getLineNr(), at.getColumnNr(), problem,
        parts[0], parts[1], source, cause);
  }

  /** Returns an {@link UnsupportedFormatException} at the current token. */
  JsonFormatException unsupportedFormat(String problem, String expected, String format) {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new UnsupportedFormatException(valuePointer(), at.getLineNr(), at.getColumnNr(),
        problem, expected, quote(format), format, source, null);
  }

  /**
   * Returns a problem text of at most {@value #MAX_PROBLEM} characters: a longer one, such as a
   * core message quoting a long value, keeps its start and its end around a count of what was
   * left out.
   */
  static String bounded(String problem) {
    if (problem.length() <= MAX_PROBLEM) {
      return problem;
    }
    int head = MAX_PROBLEM - 140;
    int tail = 100;
    return problem.substring(0, head) + "... (" + (problem.length() - head - tail)
        + " characters left out) ..." + problem.substring(problem.length() - tail);
  }

  /** Splits {@code expected X, found Y}; any other problem is all expectation. */
  static String[] expectedAndFound(String problem) {
    int found = problem.lastIndexOf(", found ");
    if (problem.startsWith("expected ") && found > 0) {
      return new String[] {problem.substring("expected ".length(), found),
          problem.substring(found + ", found ".length())};
    }
    return new String[] {problem, ""};
  }

  private JsonFormatException mismatch(String expected, @Nullable JsonToken token) {
    TokenStreamLocation at = parser.currentTokenLocation();
    String found = describe(token);
    return new WrongTypeException(valuePointer(), at.getLineNr(), at.getColumnNr(),
        "expected " + expected + ", found " + found, expected, found, source, null);
  }

  private String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case PROPERTY_NAME:
        return "field \"" + shorten(parser.currentName()) + "\"";
      case VALUE_STRING:
        return "the string " + quote(parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + shorten(parser.getText());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    String shown = shorten(text);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }

  /** Returns the pointer of the value being read: every open container's current segment. */
  String valuePointer() {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      Frame frame = frames[i];
      if (frame.object) {
        if (frame.name == null) {
          continue;
        }
        pointer.append('/').append(escape(frame.name));
      } else if (frame.index >= 0) {
        pointer.append('/').append(frame.index);
      }
    }
    return pointer.toString();
  }

  /** Returns the pointer of the innermost open container itself. */
  private String containerPointer() {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < depth - 1; i++) {
      Frame frame = frames[i];
      if (frame.object) {
        pointer.append('/').append(escape(String.valueOf(frame.name)));
      } else {
        pointer.append('/').append(frame.index);
      }
    }
    return pointer.toString();
  }

  private static String escape(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Converts a failure of the parser itself (malformed JSON, a limit exceeded) into a
   * {@link JsonFormatException} at the innermost value reached.
   */
  JsonFormatException malformed(JacksonException e) {
    return malformed(e, valuePointer(), source);
  }

  /** Converts a failure of the parser into a {@link JsonFormatException} at a pointer. */
  static JsonFormatException malformed(
      JacksonException e, String pointer, @Nullable String source) {
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    String original = bounded(String.valueOf(e.getOriginalMessage()));
    String problem;
    String expected;
    String found;
    if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
      // Jackson names its own configuration method; the limit is this reader's.
      found = original.replaceAll(", from `[^`]*`", "");
      problem = "the document exceeds a limit of this reader: " + found;
      expected = "a document within the limits of this reader";
    } else {
      problem = "expected well-formed JSON: " + original;
      expected = "well-formed JSON";
      found = original;
    }
    return new MalformedJsonException(pointer, line, column, problem, expected, found, source, e);
  }

  private static final class Frame {
    boolean object;
    @Nullable Fields fields;
    long seen;
    @Nullable String name;
    int index;
    int line;
    int column;
  }
}
