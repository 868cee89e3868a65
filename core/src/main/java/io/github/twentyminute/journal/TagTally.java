package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the journal heard under one tag: every insight with that tag, and the distinct people who
 * said them. A tag said by two or more people is a recurring insight: an idea that adds up
 * across meetings.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TagTally {
  TagTally() {}

  static ImmutableTagTally.Builder builder() {
    return ImmutableTagTally.builder();
  }

  /**
   * Returns the tag, in normal form (see {@link Insight#normaliseTag(String)}).
   *
   * @return the tag
   */
  public abstract String tag();

  /**
   * Returns the distinct people who said an insight with this tag, in the order of their
   * {@linkplain Journal#personKey(String) person keys}.
   *
   * @return the people, never empty
   */
  public abstract List<Contact> people();

  /**
   * Returns every insight with this tag, in meeting order (meeting end, then record id, then the
   * order within the record).
   *
   * @return the mentions, never empty
   */
  public abstract List<InsightMention> mentions();

  /**
   * Returns how many distinct people said an insight with this tag.
   *
   * @return the size of {@link #people()}
   */
  public int distinctPeople() {
    return people().size();
  }

  /**
   * Checks if two or more distinct people said an insight with this tag.
   *
   * @return true if the insight recurs
   */
  public boolean recurring() {
    return people().size() >= 2;
  }

  /** Returns a short form such as {@code skills: 3 people, 4 insights}. */
  @Override
  public String toString() {
    return tag() + ": " + people().size() + (people().size() == 1 ? " person, " : " people, ")
        + mentions().size() + (mentions().size() == 1 ? " insight" : " insights");
  }
}
