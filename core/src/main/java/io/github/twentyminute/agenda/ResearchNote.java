package io.github.twentyminute.agenda;

import io.github.twentyminute.internal.Ids;
import org.immutables.value.Value;

/**
 * One thing learned about the counterpart while doing homework, with where it came from, such as
 * "Led the move of claims processing to the cloud in 2024" from "LinkedIn". Prepared questions
 * link to notes by {@link #id()}, which is how an agenda shows questions tied to their background.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResearchNote {
  ResearchNote() {}

  /**
   * Obtains a note.
   *
   * @param id the id, unique for the contact, such as {@code n1}; not null
   * @param text what was learned, not null, not blank
   * @param source where it came from, such as "LinkedIn" or "company site"; not null, not blank
   * @return the note
   * @throws IllegalArgumentException if a value is blank or the id is malformed
   */
  public static ResearchNote of(String id, String text, String source) {
    return ImmutableResearchNote.builder().id(id).text(text).source(source).build();
  }

  /**
   * Returns the id, unique among the contact's notes.
   *
   * @return the id: letters, digits, {@code _} and {@code -}
   */
  public abstract String id();

  /**
   * Returns what was learned.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Returns where it was learned.
   *
   * @return the source, never blank
   */
  public abstract String source();

  @Value.Check
  final void check() {
    Ids.require(id(), "research note id");
    if (text().isBlank()) {
      throw new IllegalArgumentException("research note " + id() + " text must not be blank");
    }
    if (source().isBlank()) {
      throw new IllegalArgumentException(
          "research note " + id() + " source must not be blank; say where you learned it");
    }
  }
}
