package io.github.twentyminute.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One message template, parsed: literal text, {@code {name}} for an argument and
 * {@code {name,plural,one text|other text}} for a count, where {@code #} in the chosen text stands
 * for the number. Immutable and thread-safe.
 */
final class Template {
  private final String source;
  private final List<Part> parts;

  private Template(String source, List<Part> parts) {
    this.source = source;
    this.parts = parts;
  }

  static Template parse(String source) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '}') {
        throw malformed(source, "a } without its {");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = source.indexOf('}', i);
      if (close < 0) {
        throw malformed(source, "a { without its }");
      }
      if (literal.length() > 0) {
        parts.add(new Part(literal.toString(), null, null, null));
        literal.setLength(0);
      }
      parts.add(placeholder(source, source.substring(i + 1, close)));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), null, null, null));
    }
    return new Template(source, Collections.unmodifiableList(parts));
  }

  private static Part placeholder(String source, String inside) {
    String[] pieces = inside.split(",", 3);
    String name = pieces[0].trim();
    if (name.isEmpty() || inside.indexOf('{') >= 0) {
      throw malformed(source, "an empty or nested placeholder {" + inside + "}");
    }
    if (pieces.length == 1) {
      return new Part(null, name, null, null);
    }
    if (pieces.length != 3 || !pieces[1].trim().equals("plural")) {
      throw malformed(source, "{" + inside + "}; expected {name} or {name,plural,one|other}");
    }
    int bar = pieces[2].indexOf('|');
    if (bar < 0 || pieces[2].indexOf('|', bar + 1) >= 0) {
      throw malformed(source, "{" + inside + "}; a plural needs exactly two forms, one|other");
    }
    return new Part(null, name, pieces[2].substring(0, bar), pieces[2].substring(bar + 1));
  }

  private static IllegalArgumentException malformed(String source, String problem) {
    return new IllegalArgumentException("message template has " + problem + ": " + source);
  }

  /** Returns the names of the arguments the template uses, in order of first use. */
  Set<String> argumentNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Part part : parts) {
      if (part.name() != null) {
        names.add(part.name());
      }
    }
    return names;
  }

  /**
   * Renders the template. A missing argument is shown as its placeholder, so a faulty template
   * never hides the rest of the message; the library's tests prove none is missing.
   */
  String render(Arguments arguments, Function<Object, String> format) {
    StringBuilder text = new StringBuilder(source.length() + 32);
    for (Part part : parts) {
      if (part.name() == null) {
        text.append(part.literal());
        continue;
      }
      Object value = arguments.asMap().get(part.name());
      if (value == null) {
        text.append('{').append(part.name()).append('}');
      } else if (part.one() == null) {
        text.append(format.apply(value));
      } else {
        long count = value instanceof Long ? (Long) value : 0;
        String form = count == 1 ? part.one() : part.other();
        text.append(form.replace("#", Long.toString(count)));
      }
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return source;
  }

  /** A literal text, or an argument's placeholder, plural when it has its two forms. */
  private record Part(
      @Nullable String literal, @Nullable String name, @Nullable String one,
      @Nullable String other) {}
}
