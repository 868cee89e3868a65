package io.github.twentyminute.findings;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The typed values a {@link Finding} reports, by name: durations, counts, instants and texts
 * (ids, names, phrases). Templates refer to them as {@code {name}}; programs read them with the
 * typed getters, so a number is always a field, never only prose.
 *
 * <p>Names are a lower-case letter followed by letters and digits ({@code planned},
 * {@code itemId}). Values keep the order they were added in. Instances are immutable and
 * thread-safe; two are equal when they hold the same names with equal values.
 */
public final class Arguments {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Arguments NONE = new Arguments(Map.of());

  private final Map<String, Object> values;

  private Arguments(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Returns the empty set of arguments.
   *
   * @return no arguments
   */
  public static Arguments none() {
    return NONE;
  }

  /**
   * Returns a builder of arguments.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the names of the arguments, in the order they were added.
   *
   * @return the names, may be empty
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * Returns the value of an argument, of one of the types {@link Duration}, {@link Long},
   * {@link Instant} or {@link String}.
   *
   * @param name the argument's name, not null
   * @return the value, or empty if there is no such argument
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Checks if an argument of this name is present.
   *
   * @param name the argument's name, not null
   * @return true if present
   */
  public boolean has(String name) {
    return values.containsKey(Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns a duration argument.
   *
   * @param name the argument's name, not null
   * @return the duration
   * @throws NoSuchElementException if there is no argument of that name
   * @throws ClassCastException if the argument is not a duration
   */
  public Duration duration(String name) {
    return typed(name, Duration.class);
  }

  /**
   * Returns a count argument.
   *
   * @param name the argument's name, not null
   * @return the count
   * @throws NoSuchElementException if there is no argument of that name
   * @throws ClassCastException if the argument is not a count
   */
  public long count(String name) {
    return typed(name, Long.class);
  }

  /**
   * Returns an instant argument.
   *
   * @param name the argument's name, not null
   * @return the instant
   * @throws NoSuchElementException if there is no argument of that name
   * @throws ClassCastException if the argument is not an instant
   */
  public Instant instant(String name) {
    return typed(name, Instant.class);
  }

  /**
   * Returns a text argument: an id, a name or a phrase.
   *
   * @param name the argument's name, not null
   * @return the text
   * @throws NoSuchElementException if there is no argument of that name
   * @throws ClassCastException if the argument is not a text
   */
  public String text(String name) {
    return typed(name, String.class);
  }

  private <T> T typed(String name, Class<T> type) {
    Object value = values.get(Objects.requireNonNull(name, "name"));
    if (value == null) {
      throw new NoSuchElementException(
          "no argument " + name + "; the arguments are " + values.keySet());
    }
    if (!type.isInstance(value)) {
      throw new ClassCastException("argument " + name + " is a "
          + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
    }
    return type.cast(value);
  }

  /**
   * Returns the arguments as an unmodifiable map from name to value, in the order added.
   *
   * @return the map, may be empty
   */
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof Arguments && ((Arguments) other).values.equals(values));
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Returns the arguments as {@code {name=value, ...}}, for debugging; not for parsing. */
  @Override
  public String toString() {
    return values.toString();
  }

  /** Builds {@link Arguments}. Not thread-safe; each call to {@link #build()} copies. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a duration.
     *
     * @param name the argument's name, not null
     * @param value the duration, not null
     * @return this builder
     */
    public Builder duration(String name, Duration value) {
      return put(name, Objects.requireNonNull(value, name));
    }

    /**
     * Adds a count.
     *
     * @param name the argument's name, not null
     * @param value the count
     * @return this builder
     */
    public Builder count(String name, long value) {
      return put(name, value);
    }

    /**
     * Adds an instant.
     *
     * @param name the argument's name, not null
     * @param value the instant, not null
     * @return this builder
     */
    public Builder instant(String name, Instant value) {
      return put(name, Objects.requireNonNull(value, name));
    }

    /**
     * Adds a text: an id, a name or a phrase.
     *
     * @param name the argument's name, not null
     * @param value the text, not null
     * @return this builder
     */
    public Builder text(String name, String value) {
      return put(name, Objects.requireNonNull(value, name));
    }

    /**
     * Adds every argument of another set.
     *
     * @param other the arguments to add, not null
     * @return this builder
     */
    public Builder addAll(Arguments other) {
      other.values.forEach(this::put);
      return this;
    }

    private Builder put(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("argument name must be a lower-case letter followed by"
            + " letters and digits, such as itemId, but was \"" + name + "\"");
      }
      if (values.putIfAbsent(name, value) != null) {
        throw new IllegalStateException("argument " + name + " was already set to "
            + values.get(name));
      }
      return this;
    }

    /**
     * Returns the arguments added so far.
     *
     * @return the arguments
     */
    public Arguments build() {
      return values.isEmpty()
          ? NONE
          : new Arguments(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }
  }
}
