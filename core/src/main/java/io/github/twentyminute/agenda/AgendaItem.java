package io.github.twentyminute.agenda;

import io.github.twentyminute.internal.Ids;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing to cover in a meeting: a prepared question, a statement, or one of the plan's cues,
 * placed in a phase with a planned duration and a priority.
 *
 * <p>Priority 1 is the most important; higher numbers matter less. When an agenda must be
 * shortened, the items with the highest priority numbers go first, and {@linkplain #mustKeep()
 * must-keep} items never go.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()} or the
 * {@link #question}, {@link #statement} and {@link #cue} factories.
 */
@Value.Immutable
public abstract class AgendaItem {
  AgendaItem() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AgendaItem}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }

  /**
   * Obtains a question for the discussion, at priority 1.
   *
   * @param id the item id, unique in the agenda; not null
   * @param text the question, not null, not blank
   * @param planned how long it should take, not null, not negative
   * @return the item
   */
  public static AgendaItem question(String id, String text, Duration planned) {
    return builder().id(id).phase(PhaseId.DISCUSSION).kind(ItemKind.QUESTION).text(text)
        .planned(planned).build();
  }

  /**
   * Obtains a statement in a phase.
   *
   * @param id the item id, unique in the agenda; not null
   * @param phase the phase, not null
   * @param text what to say, not null, not blank
   * @param planned how long it should take, not null, not negative
   * @return the item
   */
  public static AgendaItem statement(String id, PhaseId phase, String text, Duration planned) {
    return builder().id(id).phase(phase).kind(ItemKind.STATEMENT).text(text).planned(planned)
        .build();
  }

  /**
   * Obtains an item that places one of the plan's cues in a phase; it is must-keep.
   *
   * @param id the item id, unique in the agenda; not null
   * @param phase the phase, not null
   * @param cueId the plan's cue id, such as {@code ending.ask-for-names}; not null
   * @param text what to say, not null, not blank
   * @param planned how long it should take, not null, not negative
   * @return the item
   */
  public static AgendaItem cue(
      String id, PhaseId phase, String cueId, String text, Duration planned) {
    return builder().id(id).phase(phase).kind(ItemKind.CUE).cueId(cueId).text(text)
        .planned(planned).mustKeep(true).build();
  }

  /**
   * Returns the id, unique in its agenda; sessions and fitter changes refer to items by it.
   *
   * @return the id: letters, digits, {@code _} and {@code -}
   */
  public abstract String id();

  /**
   * Returns the phase the item belongs to.
   *
   * @return the phase id
   */
  public abstract PhaseId phase();

  /**
   * Returns what the item is.
   *
   * @return the kind
   */
  public abstract ItemKind kind();

  /**
   * Returns the question, the statement or the words of the cue.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Returns how long the item should take.
   *
   * @return the planned duration, zero or positive
   */
  public abstract Duration planned();

  /**
   * Returns the priority: 1 is the most important.
   *
   * @return the priority, at least 1; 1 unless set otherwise
   */
  @Value.Default
  public int priority() {
    return 1;
  }

  /**
   * Checks if the item must never be dropped when the agenda is shortened.
   *
   * @return true if must-keep; false unless set otherwise (true for cue items made by
   *     {@link #cue})
   */
  @Value.Default
  public boolean mustKeep() {
    return false;
  }

  /**
   * Returns the plan cue this item places, for items of kind {@link ItemKind#CUE}.
   *
   * @return the cue id, present exactly when the kind is CUE
   */
  public abstract Optional<String> cueId();

  /**
   * Returns the ids of the counterpart's research notes this item draws on; this is how a
   * question shows it is tied to their background.
   *
   * @return the note ids, may be empty
   */
  public abstract List<String> linkedNotes();

  /**
   * Returns a copy of this item with another planned duration.
   *
   * @param planned the duration, not null, not negative
   * @return the copy
   */
  public AgendaItem withPlanned(Duration planned) {
    return AgendaItem.builder().from(this).planned(planned).build();
  }

  @Value.Check
  final void check() {
    Ids.require(id(), "agenda item id");
    if (text().isBlank()) {
      throw new IllegalArgumentException("agenda item " + id() + " text must not be blank");
    }
    Durations.requireInRange(planned(), "agenda item " + id() + " planned duration");
    if (priority() < 1) {
      throw new IllegalArgumentException(
          "agenda item " + id() + " priority must be 1 (most important) or more, but was "
              + priority());
    }
    if (kind() == ItemKind.CUE && cueId().isEmpty()) {
      throw new IllegalArgumentException(
          "agenda item " + id() + " is a CUE but names no cue id; expected one such as"
              + " ending.ask-for-names");
    }
    if (kind() != ItemKind.CUE && cueId().isPresent()) {
      throw new IllegalArgumentException(
          "agenda item " + id() + " is a " + kind() + " but names cue " + cueId().get()
              + "; only CUE items name a cue");
    }
  }

  /** Returns a short form such as {@code q1 discussion QUESTION 3:00 p1}. */
  @Override
  public String toString() {
    return id() + " " + phase() + " " + kind() + " " + Durations.format(planned()) + " p"
        + priority() + (mustKeep() ? " must-keep" : "");
  }
}
