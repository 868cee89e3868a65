package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A built-in rule: its id, description and default severity, and helpers the rules share. */
abstract class BuiltInRule extends NamedRule {
  static final Location ITEMS = Location.of("items");
  static final Location PURPOSE = Location.of("purpose");
  static final Location OVERVIEW = Location.of("overview");

  BuiltInRule(String id, Severity severity, String description) {
    super(id, severity, description);
  }

  static String format(Duration duration) {
    return Durations.format(duration);
  }

  /** Returns the plan phase that owns a cue, or null if the plan has no such cue. */
  static @Nullable PhasePlan owner(MeetingPlan plan, String cueId) {
    List<PhasePlan> phases = plan.phases();
    for (int i = 0; i < phases.size(); i++) {
      List<Cue> cues = phases.get(i).cues();
      for (int j = 0; j < cues.size(); j++) {
        if (cues.get(j).id().equals(cueId)) {
          return phases.get(i);
        }
      }
    }
    return null;
  }

  /** Returns "question", "statement" or "cue item", for messages. */
  static String noun(AgendaItem item) {
    return item.kind() == ItemKind.QUESTION
        ? "question"
        : item.kind() == ItemKind.STATEMENT ? "statement" : "cue item";
  }

  static String plural(long count, String singular) {
    return count + " " + singular + (count == 1 ? "" : "s");
  }

  /**
   * Checks that the agenda places a plan cue in the phase that owns it, reporting cue items in
   * another phase. Builds no text unless something is wrong, and looks for the owning phase
   * among all the plan's phases only when an item is misplaced or none places the cue.
   *
   * @return the phase that owns the cue if no item places it, otherwise null (also when the plan
   *     has no such cue)
   */
  static @Nullable PhasePlan missingCue(RuleContext context, String cueId) {
    MeetingPlan plan = context.plan();
    List<AgendaItem> items = context.agenda().items();
    boolean placed = false;
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      if (item.kind() != ItemKind.CUE || !item.cueId().get().equals(cueId)) {
        continue;
      }
      placed = true;
      // Cue ids are unique in a plan, so the item's phase either has the cue or does not own it.
      if (hasCue(plan.requirePhase(item.phase()), cueId)) {
        continue;
      }
      PhasePlan owner = owner(plan, cueId);
      if (owner != null) {
        context.report(context.item(i).field("phase"),
            "cue item " + item.id() + " places " + cueId + " in " + item.phase() + "; expected it"
                + " in " + owner.id(),
            "Move " + item.id() + " to " + owner.id());
      }
    }
    return placed ? null : owner(plan, cueId);
  }

  private static boolean hasCue(PhasePlan phase, String cueId) {
    List<Cue> cues = phase.cues();
    for (int j = 0; j < cues.size(); j++) {
      if (cues.get(j).id().equals(cueId)) {
        return true;
      }
    }
    return false;
  }
}
