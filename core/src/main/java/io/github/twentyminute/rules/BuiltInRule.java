package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A built-in rule: its id, description and default severity, and helpers the rules share. The
 * rules report typed arguments; their English and German templates are in
 * {@code findings/messages/rules*.properties}, under the rule's id and the variants
 * {@code <id>.<variant>}.
 */
abstract class BuiltInRule extends NamedRule {
  static final Location ITEMS = Location.of("items");
  static final Location PURPOSE = Location.of("purpose");
  static final Location OVERVIEW = Location.of("overview");

  BuiltInRule(String id, Severity severity, String description) {
    super(id, severity, description);
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

  /**
   * Checks that the agenda places a plan cue in the phase that owns it, reporting cue items in
   * another phase under the key {@code <rule id>.misplaced}. Looks for the owning phase among all
   * the plan's phases only when an item is misplaced or none places the cue.
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
        context.report(context.item(i).field("phase"), context.ruleId() + ".misplaced",
            Arguments.builder()
                .text("itemId", item.id())
                .text("cue", cueId)
                .text("phase", item.phase().value())
                .text("expectedPhase", owner.id().value()).build());
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
