package io.github.twentyminute.json;

import io.github.twentyminute.findings.Arguments;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * A finding's typed arguments as JSON: a list of {@code {"name", "type", "value"}} objects in the
 * order the arguments were added. The types are {@code duration} (an ISO-8601 duration such as
 * {@code "PT2M30S"}, with a minus sign before it if negative), {@code count} (a JSON whole
 * number), {@code instant} (an ISO-8601 instant in UTC) and {@code text} (a string). Stateless
 * and thread-safe.
 */
final class ArgumentsCodec {
  private static final String DURATION = "duration";
  private static final String COUNT = "count";
  private static final String INSTANT = "instant";
  private static final String TEXT = "text";
  private static final Map<String, String> TYPES =
      Map.of(DURATION, DURATION, COUNT, COUNT, INSTANT, INSTANT, TEXT, TEXT);
  private static final String TYPE_CHOICES =
      "\"duration\", \"count\", \"instant\" or \"text\"";

  /** An argument being read; its value is read as its type says once the type is known. */
  private static final class ArgumentRead {
    String name = "";
    @Nullable String type;
    @Nullable Object value;
    boolean typed;
  }

  private static final Shape<ArgumentRead> ARGUMENT = Shape.of(
      Shape.required(Names.NAME, (in, a) -> a.name = in.readString()),
      Shape.required(Names.TYPE, (in, a) -> a.type = in.readChoice(TYPES, TYPE_CHOICES)),
      Shape.required(Names.VALUE, (in, a) -> {
        String type = a.type;
        if (type != null) {
          a.value = readValue(in, type);
          a.typed = true;
        } else {
          a.value = in.readStringOrLong();
        }
      }));

  private ArgumentsCodec() {}

  static void write(JsonGenerator out, Arguments arguments) {
    out.writeStartArray();
    for (Map.Entry<String, Object> argument : arguments.asMap().entrySet()) {
      out.writeStartObject();
      DocumentCodec.string(out, Names.NAME, argument.getKey());
      Object value = argument.getValue();
      if (value instanceof Duration) {
        DocumentCodec.string(out, Names.TYPE, DURATION);
        DocumentCodec.string(out, Names.VALUE, durationText((Duration) value));
      } else if (value instanceof Long) {
        DocumentCodec.string(out, Names.TYPE, COUNT);
        DocumentCodec.number(out, Names.VALUE, (long) (Long) value);
      } else if (value instanceof Instant) {
        DocumentCodec.string(out, Names.TYPE, INSTANT);
        DocumentCodec.string(out, Names.VALUE, value.toString());
      } else {
        DocumentCodec.string(out, Names.TYPE, TEXT);
        DocumentCodec.string(out, Names.VALUE, (String) value);
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /** Returns {@code PT1M30S}, or {@code -PT1M30S} for a negative duration. */
  private static String durationText(Duration duration) {
    if (!duration.isNegative()) {
      return duration.toString();
    }
    try {
      return "-" + duration.negated();
    } catch (ArithmeticException e) {
      // The most negative duration has no positive counterpart; ISO-8601 as Java writes it.
      return duration.toString();
    }
  }

  static Arguments read(StrictReader in) {
    Arguments.Builder arguments = Arguments.builder();
    in.beginArray();
    while (in.nextElement()) {
      readArgument(in, arguments);
    }
    return arguments.build();
  }

  private static void readArgument(StrictReader in, Arguments.Builder arguments) {
    in.readObject(ARGUMENT, new ArgumentRead(),
        a -> add(arguments, a.name, a.type, a.typed ? a.value : convert(a.type, a.value)));
  }

  /** Reads a value whose type is known, so a problem is reported at the value itself. */
  private static Object readValue(StrictReader in, String type) {
    switch (type) {
      case COUNT:
        return in.readLong();
      case TEXT:
        return in.readString();
      default:
        return in.readConverted(text -> convert(type, text));
    }
  }

  /** Converts a value read before its type was known. */
  private static Object convert(@Nullable String type, @Nullable Object value) {
    if (type == null || value == null) {
      throw new IllegalStateException("Impossible state: an argument without its type or value"
          + " passed the reader");
    }
    switch (type) {
      case COUNT:
        if (value instanceof Long) {
          return value;
        }
        throw new IllegalArgumentException("argument of type count must have a whole number as"
            + " its value, but was the string " + StrictReader.quote((String) value));
      case TEXT:
        return requireString(type, value);
      case DURATION:
        return duration(requireString(type, value));
      default:
        return instant(requireString(type, value));
    }
  }

  private static String requireString(String type, Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException("argument of type " + type + " must have a string as its"
        + " value, but was the number " + value);
  }

  private static Duration duration(String text) {
    boolean negative = text.startsWith("-");
    Duration duration = IsoText.duration(negative ? text.substring(1) : text);
    if (duration == null) {
      try {
        return Duration.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("expected an ISO-8601 duration such as \"PT2M30S\","
            + " with a minus sign before it if negative, found " + StrictReader.quote(text), e);
      }
    }
    return negative ? duration.negated() : duration;
  }

  private static Instant instant(String text) {
    Instant instant = IsoText.instant(text);
    if (instant == null && (text.startsWith("+") || text.startsWith("-"))) {
      // A rule may report any instant; beyond the years 0000 to 9999 Java writes a signed year.
      try {
        instant = Instant.parse(text);
      } catch (java.time.format.DateTimeParseException e) {
        instant = null;
      }
    }
    if (instant == null) {
      throw new IllegalArgumentException("expected an ISO-8601 instant in UTC such as"
          + " \"2026-03-10T15:00:00Z\", found " + StrictReader.quote(text));
    }
    return instant;
  }

  private static Void add(Arguments.Builder arguments, String name, @Nullable String type,
      Object value) {
    switch (type == null ? TEXT : type) {
      case DURATION:
        arguments.duration(name, (Duration) value);
        break;
      case COUNT:
        arguments.count(name, (Long) value);
        break;
      case INSTANT:
        arguments.instant(name, (Instant) value);
        break;
      default:
        arguments.text(name, (String) value);
        break;
    }
    return null;
  }
}
