package io.github.twentyminute.agenda;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person you meet: the counterpart of an agenda, or a name you were given. Carries the homework
 * done on them as research notes.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Contact {
  Contact() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Contact}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }

  /**
   * Obtains a contact with no role, organisation or notes.
   *
   * @param name the person's name, not null, not blank
   * @return the contact
   */
  public static Contact named(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns the person's name.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns the person's current role, such as "VP Engineering".
   *
   * @return the role, may be empty
   */
  @Value.Default
  public String role() {
    return "";
  }

  /**
   * Returns the organisation the person works for now.
   *
   * @return the organisation, may be empty
   */
  @Value.Default
  public String organisation() {
    return "";
  }

  /**
   * Returns the homework done on this person: background, current role, what they do now.
   *
   * @return the notes, may be empty
   */
  public abstract List<ResearchNote> notes();

  /**
   * Finds a note by id.
   *
   * @param id the note id, not null
   * @return the note, or empty if there is none with that id
   */
  public Optional<ResearchNote> note(String id) {
    return notes().stream().filter(n -> n.id().equals(id)).findFirst();
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("contact name must not be blank");
    }
    Set<String> ids = new HashSet<>();
    for (ResearchNote note : notes()) {
      if (!ids.add(note.id())) {
        throw new IllegalArgumentException(
            "contact " + name() + " has research note id " + note.id()
                + " twice; note ids must be unique");
      }
    }
  }

  /** Returns the name, with role and organisation when known. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name());
    if (!role().isEmpty() || !organisation().isEmpty()) {
      text.append(" (").append(role());
      if (!role().isEmpty() && !organisation().isEmpty()) {
        text.append(", ");
      }
      text.append(organisation()).append(')');
    }
    return text.toString();
  }
}
