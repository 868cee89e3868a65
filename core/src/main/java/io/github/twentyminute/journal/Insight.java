package io.github.twentyminute.journal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Something you learned in a meeting: the idea in your own words, tags that let ideas from many
 * meetings add up, and which agenda question drew it out.
 *
 * <p>Tags are normalised at construction by {@link #normaliseTag(String)}: trimmed, lower-cased
 * and with every run of white space turned into one hyphen, so {@code " Data  Literacy"} becomes
 * {@code data-literacy}; tags that normalise to the same text count once, and {@link #tags()}
 * keeps them in natural (alphabetical) order. The item id is checked against the agenda by the
 * {@link MeetingRecord} that holds the insight.
 *
 * <p>Construction refuses blank text and blank tags. Instances are immutable and thread-safe.
 * Build one with {@link #builder()} or {@link #of(String, String...)}.
 */
@Value.Immutable
public abstract class Insight {
  Insight() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Insight}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableInsight.Builder {
    Builder() {}
  }

  /**
   * Obtains an insight drawn by no particular agenda item.
   *
   * @param text the idea, not null, not blank
   * @param tags the tags, not null, each not blank; normalised
   * @return the insight
   * @throws IllegalArgumentException if the text or a tag is blank
   */
  public static Insight of(String text, String... tags) {
    return builder().text(text).addTags(tags).build();
  }

  /**
   * Obtains an insight drawn by an agenda item.
   *
   * @param text the idea, not null, not blank
   * @param itemId the id of the agenda item (usually a question) that drew it, not null
   * @param tags the tags, not null, each not blank; normalised
   * @return the insight
   * @throws IllegalArgumentException if the text or a tag is blank
   */
  public static Insight drawnBy(String text, String itemId, String... tags) {
    return builder().text(text).itemId(itemId).addTags(tags).build();
  }

  /**
   * Returns the idea, in your own words.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Returns the tags, normalised and in natural order.
   *
   * @return the tags, may be empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> tags();

  /**
   * Returns the id of the agenda item that drew the insight out, usually a prepared question.
   *
   * @return the item id, or empty if it came up on its own
   */
  public abstract Optional<String> itemId();

  /**
   * Returns a tag in normal form: trimmed, lower-cased (in the root locale) and with every run
   * of white space turned into one hyphen.
   *
   * @param tag the tag, not null
   * @return the normal form, never blank
   * @throws IllegalArgumentException if the tag is blank
   */
  public static String normaliseTag(String tag) {
    String trimmed = tag.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("insight tag must not be blank, but was \"" + tag
          + "\"");
    }
    StringBuilder normal = new StringBuilder(trimmed.length());
    boolean space = false;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (space) {
          normal.append('-');
          space = false;
        }
        normal.append(c);
      }
    }
    return normal.toString().toLowerCase(Locale.ROOT);
  }

  @Value.Check
  Insight normalise() {
    if (text().isBlank()) {
      throw new IllegalArgumentException("insight text must not be blank");
    }
    List<String> normal = new ArrayList<>(tags().size());
    boolean changed = false;
    for (String tag : tags()) {
      String n = normaliseTag(tag);
      changed |= !n.equals(tag);
      normal.add(n);
    }
    return changed ? builder().from(this).tags(normal).build() : this;
  }

  /** Returns a short form such as {@code "Hiring favours SQL" [skills, sql] (q2)}. */
  @Override
  public String toString() {
    return "\"" + text() + "\" " + Arrays.toString(tags().toArray())
        + itemId().map(i -> " (" + i + ")").orElse("");
  }
}
