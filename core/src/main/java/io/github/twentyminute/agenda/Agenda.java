package io.github.twentyminute.agenda;

import io.github.twentyminute.internal.Instants;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The agenda of one meeting with one person: the plan it follows, the counterpart and your
 * homework on them, the purpose, your career overview, the items to cover in order, the
 * preparation checklist and, optionally, when it is scheduled to start.
 *
 * <p>Construction refuses references to things that do not exist (an item in a phase the plan
 * lacks, a cue the plan lacks, a research note the counterpart lacks) and repeated item ids.
 * Whether the agenda fits its time and follows the method is for the rules to say.
 *
 * <p>The derived views {@link #plannedByPhase()} and {@link #totalPlanned()} are computed once,
 * at construction. Instances are immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Agenda {
  Agenda() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Agenda}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableAgenda.Builder {
    Builder() {}
  }

  /**
   * Returns the plan this agenda follows.
   *
   * @return the plan
   */
  public abstract MeetingPlan plan();

  /**
   * Returns the person you are meeting, with your homework on them.
   *
   * @return the counterpart
   */
  public abstract Contact counterpart();

  /**
   * Returns why you asked for the meeting, in a sentence.
   *
   * @return the purpose, may be empty (which the {@code agenda.purpose} rule reports)
   */
  @Value.Default
  public String purpose() {
    return "";
  }

  /**
   * Returns your career overview as you plan to say it.
   *
   * @return the overview text, may be empty
   */
  @Value.Default
  public String overview() {
    return "";
  }

  /**
   * Returns the items in the order you plan to cover them.
   *
   * @return the items, may be empty
   */
  public abstract List<AgendaItem> items();

  /**
   * Returns the preparation checklist.
   *
   * @return the checklist; the book's steps, none done, unless set otherwise
   */
  @Value.Default
  public Preparation preparation() {
    return Preparation.standard();
  }

  /**
   * Returns when the meeting is scheduled to start.
   *
   * @return the start, or empty if not scheduled
   */
  public abstract Optional<Instant> scheduledStart();

  /**
   * Returns the planned time of each phase of the plan, in plan order; a phase with no items
   * has zero.
   *
   * @return the planned time per phase, every plan phase present
   */
  @Value.Derived
  @Value.Auxiliary
  public Map<PhaseId, Duration> plannedByPhase() {
    Map<PhaseId, Duration> byPhase = new LinkedHashMap<>();
    for (PhasePlan phase : plan().phases()) {
      byPhase.put(phase.id(), Duration.ZERO);
    }
    for (AgendaItem item : items()) {
      byPhase.merge(item.phase(), item.planned(), Duration::plus);
    }
    return Collections.unmodifiableMap(byPhase);
  }

  /**
   * Returns the planned time of all items.
   *
   * @return the total, never negative
   */
  @Value.Derived
  @Value.Auxiliary
  public Duration totalPlanned() {
    Duration total = Duration.ZERO;
    for (AgendaItem item : items()) {
      total = total.plus(item.planned());
    }
    return total;
  }

  /**
   * Returns the planned time of one phase.
   *
   * @param phase the phase id, not null
   * @return the planned time, zero if the phase has no items or the plan lacks it
   */
  public Duration planned(PhaseId phase) {
    return plannedByPhase().getOrDefault(phase, Duration.ZERO);
  }

  /**
   * Returns the items of one phase, in agenda order.
   *
   * @param phase the phase id, not null
   * @return the items, may be empty
   */
  public List<AgendaItem> items(PhaseId phase) {
    return items().stream().filter(i -> i.phase().equals(phase))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds an item by id.
   *
   * @param id the item id, not null
   * @return the item, or empty if there is none with that id
   */
  public Optional<AgendaItem> item(String id) {
    Integer index = itemIndex().get(id);
    return index == null ? Optional.empty() : Optional.of(items().get(index));
  }

  /**
   * Returns the position of an item in the agenda.
   *
   * @param id the item id, not null
   * @return the zero-based index, or -1 if there is no such item
   */
  public int indexOf(String id) {
    Integer index = itemIndex().get(id);
    return index == null ? -1 : index;
  }

  /**
   * Returns a copy of this agenda with other items.
   *
   * @param items the items, not null
   * @return the copy
   * @throws IllegalArgumentException if the items break the agenda's structure
   */
  public Agenda withItems(List<AgendaItem> items) {
    // Built through the builder: ImmutableAgenda.withItems(List) would resolve to this method.
    return ImmutableAgenda.builder().from(this).items(items).build();
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> itemIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items().size(); i++) {
      index.put(items().get(i).id(), i);
    }
    return index;
  }

  @Value.Check
  final void check() {
    scheduledStart().ifPresent(start -> Instants.requireInRange(start, "agenda scheduled start"));
    Map<String, Integer> seen = new HashMap<>();
    Set<String> planCues = plan().phases().stream().flatMap(p -> p.cues().stream())
        .map(Cue::id).collect(Collectors.toSet());
    for (int i = 0; i < items().size(); i++) {
      AgendaItem item = items().get(i);
      Integer earlier = seen.put(item.id(), i);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "agenda has item id " + item.id() + " twice (items " + earlier + " and " + i
                + "); item ids must be unique");
      }
      if (plan().indexOf(item.phase()) < 0) {
        throw new IllegalArgumentException(
            "agenda item " + item.id() + " is in phase " + item.phase() + ", which plan \""
                + plan().name() + "\" does not have; its phases are " + plan().phaseIds());
      }
      if (item.cueId().isPresent() && !planCues.contains(item.cueId().get())) {
        throw new IllegalArgumentException(
            "agenda item " + item.id() + " places cue " + item.cueId().get() + ", which plan \""
                + plan().name() + "\" does not have; its cues are "
                + planCues.stream().sorted().collect(Collectors.toList()));
      }
      for (String note : item.linkedNotes()) {
        if (counterpart().note(note).isEmpty()) {
          throw new IllegalArgumentException(
              "agenda item " + item.id() + " links research note " + note + ", which "
                  + counterpart().name() + " has no note for; their notes are "
                  + counterpart().notes().stream().map(ResearchNote::id)
                      .collect(Collectors.toList()));
        }
      }
    }
  }

  /** Returns a short form: the counterpart, the item count and the planned total. */
  @Override
  public String toString() {
    return "Agenda with " + counterpart() + ": " + items().size() + " items, "
        + io.github.twentyminute.internal.Durations.format(totalPlanned()) + " planned";
  }
}
