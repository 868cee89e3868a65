package io.github.twentyminute.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where in a document a finding points, such as {@code items[3].planned} or
 * {@code phases[discussion].timeBox}.
 *
 * <p>A location is a list of segments. Each segment is a field name, optionally followed by a key in
 * brackets: an index into a list ({@code items[3]}) or an id ({@code phases[discussion]}). The
 * empty path, {@link #root()}, points at the whole document and prints as {@code $}. The text
 * form is read back by {@link #parse(CharSequence)}.
 *
 * <p>Locations order by their segments, field names first and then keys, numeric keys by value, so
 * {@code items[2]} comes before {@code items[10]}. Instances are immutable and thread-safe.
 */
public final class Location implements Comparable<Location> {
  private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]+");
  private static final Pattern SEGMENT =
      Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)(?:\\[([A-Za-z0-9_.:-]+)\\])?");
  private static final Location ROOT = new Location(List.of());

  private final List<Segment> segments;

  private Location(List<Segment> segments) {
    this.segments = segments;
  }

  /**
   * Returns the path of the whole document.
   *
   * @return the root path, printed as {@code $}
   */
  public static Location root() {
    return ROOT;
  }

  /**
   * Obtains a path of one field.
   *
   * @param field the field name, such as {@code purpose}; not null
   * @return the path
   * @throws IllegalArgumentException if the name is not a letter followed by letters, digits,
   *     underscores or hyphens
   */
  public static Location of(String field) {
    return ROOT.field(field);
  }

  /**
   * Obtains a path by parsing its text form, such as {@code items[3].planned} or {@code $}.
   *
   * @param text the text, not null
   * @return the path
   * @throws IllegalArgumentException if the text is not a path
   */
  public static Location parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.equals("$")) {
      return ROOT;
    }
    List<Segment> parsed = new ArrayList<>();
    Matcher m = SEGMENT.matcher(s);
    int position = 0;
    while (true) {
      m.region(position, s.length());
      if (!m.lookingAt()) {
        throw malformed(s);
      }
      parsed.add(new Segment(m.group(1), m.group(2)));
      position = m.end();
      if (position == s.length()) {
        break;
      }
      if (s.charAt(position) != '.' || position + 1 == s.length()) {
        throw malformed(s);
      }
      position++;
    }
    return new Location(Collections.unmodifiableList(parsed));
  }

  private static IllegalArgumentException malformed(String text) {
    return new IllegalArgumentException(
        "location must be $ or segments such as items[3].planned joined by dots, but was \""
            + text + "\"");
  }

  /**
   * Returns a path one field deeper.
   *
   * @param name the field name, not null
   * @return the new path
   * @throws IllegalArgumentException if the name is malformed
   */
  public Location field(String name) {
    Objects.requireNonNull(name, "name");
    if (!FIELD.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "location field must be a letter followed by letters, digits, underscores or hyphens, but"
              + " was \"" + name + "\"");
    }
    return append(new Segment(name, null));
  }

  /**
   * Returns this path with an index on its last field, such as {@code items} to {@code items[3]}.
   *
   * @param index the zero-based index, not negative
   * @return the new path
   * @throws IllegalArgumentException if the index is negative
   * @throws IllegalStateException if this is the root path or the last field already has a key
   */
  public Location index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("location index must be zero or positive, but was " + index);
    }
    return key(Integer.toString(index));
  }

  /**
   * Returns this path with a key on its last field, such as {@code phases} to
   * {@code phases[discussion]}.
   *
   * @param key the key, letters, digits and {@code _ . : -}; not null
   * @return the new path
   * @throws IllegalArgumentException if the key is malformed
   * @throws IllegalStateException if this is the root path or the last field already has a key
   */
  public Location key(String key) {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "location key must be letters, digits and _ . : -, but was \"" + key + "\"");
    }
    if (segments.isEmpty()) {
      throw new IllegalStateException("the root location $ has no field to put key " + key + " on");
    }
    Segment last = segments.get(segments.size() - 1);
    if (last.key != null) {
      throw new IllegalStateException(
          "location " + this + " already has a key on its last field; add a field first");
    }
    List<Segment> copy = new ArrayList<>(segments);
    copy.set(copy.size() - 1, new Segment(last.field, key));
    return new Location(Collections.unmodifiableList(copy));
  }

  private Location append(Segment segment) {
    List<Segment> copy = new ArrayList<>(segments.size() + 1);
    copy.addAll(segments);
    copy.add(segment);
    return new Location(Collections.unmodifiableList(copy));
  }

  /**
   * Checks if this path is the given one or lies under it; every path lies under the root.
   *
   * @param prefix the path, not null
   * @return true if {@code prefix} is a prefix of this path, segment by segment; a field without
   *     a key in {@code prefix} also matches that field with any key here
   */
  public boolean startsWith(Location prefix) {
    if (prefix.segments.size() > segments.size()) {
      return false;
    }
    for (int i = 0; i < prefix.segments.size(); i++) {
      Segment p = prefix.segments.get(i);
      Segment s = segments.get(i);
      if (!p.field.equals(s.field)) {
        return false;
      }
      if (p.key != null && !p.key.equals(s.key)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks if this is the root path.
   *
   * @return true for {@code $}
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * Returns the number of segments.
   *
   * @return the depth, zero for the root
   */
  public int depth() {
    return segments.size();
  }

  @Override
  public int compareTo(Location other) {
    int n = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < n; i++) {
      int c = segments.get(i).compareTo(other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof Location && ((Location) other).segments.equals(segments));
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** Returns the text form, such as {@code items[3].planned}, or {@code $} for the root. */
  @Override
  public String toString() {
    if (segments.isEmpty()) {
      return "$";
    }
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(segment);
    }
    return text.toString();
  }

  private static final class Segment implements Comparable<Segment> {
    final String field;
    final @Nullable String key;

    Segment(String field, @Nullable String key) {
      this.field = field;
      this.key = key;
    }

    @Override
    public int compareTo(Segment other) {
      int c = field.compareTo(other.field);
      if (c != 0) {
        return c;
      }
      if (key == null || other.key == null) {
        return key == null ? (other.key == null ? 0 : -1) : 1;
      }
      boolean numeric = isNumber(key);
      boolean otherNumeric = isNumber(other.key);
      if (numeric && otherNumeric) {
        c = Integer.compare(key.length(), other.key.length());
        return c != 0 ? c : key.compareTo(other.key);
      }
      if (numeric != otherNumeric) {
        return numeric ? -1 : 1;
      }
      return key.compareTo(other.key);
    }

    private static boolean isNumber(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Segment
          && ((Segment) other).field.equals(field)
          && Objects.equals(((Segment) other).key, key);
    }

    @Override
    public int hashCode() {
      return field.hashCode() * 31 + Objects.hashCode(key);
    }

    @Override
    public String toString() {
      return key == null ? field : field + "[" + key + "]";
    }
  }
}
