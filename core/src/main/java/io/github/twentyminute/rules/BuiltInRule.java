package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.Durations;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The id, description and default severity of a built-in rule, and helpers they share. */
abstract class BuiltInRule implements Rule {
  static final Path ITEMS = Path.of("items");
  static final Path PURPOSE = Path.of("purpose");
  static final Path OVERVIEW = Path.of("overview");

  private final String id;
  private final Severity severity;
  private final String description;

  BuiltInRule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String toString() {
    return id + " (" + severity + ")";
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
   * another phase. Builds no text unless something is wrong.
   *
   * @return the phase that owns the cue if no item places it, otherwise null (also when the plan
   *     has no such cue)
   */
  static @Nullable PhasePlan missingCue(RuleContext context, CueOwner cue) {
    PhasePlan owner = cue.in(context.plan());
    String cueId = cue.cueId;
    if (owner == null) {
      return null;
    }
    List<AgendaItem> items = context.agenda().items();
    boolean placed = false;
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      if (item.kind() != ItemKind.CUE || !item.cueId().get().equals(cueId)) {
        continue;
      }
      placed = true;
      if (!item.phase().equals(owner.id())) {
        context.report(context.item(i).field("phase"),
            "cue item " + item.id() + " places " + cueId + " in " + item.phase() + "; expected it"
                + " in " + owner.id(),
            "Move " + item.id() + " to " + owner.id());
      }
    }
    return placed ? null : owner;
  }

  /**
   * Finds the phase that owns a cue, remembering the answer for the last plan asked about: the
   * same plan is usually validated again and again. Thread-safe: the memo is one immutable pair.
   */
  static final class CueOwner {
    final String cueId;
    private volatile Memo memo = new Memo(null, null);

    CueOwner(String cueId) {
      this.cueId = cueId;
    }

    @Nullable PhasePlan in(MeetingPlan plan) {
      Memo last = memo;
      if (last.plan == plan) {
        return last.owner;
      }
      PhasePlan owner = owner(plan, cueId);
      memo = new Memo(plan, owner);
      return owner;
    }

    private static final class Memo {
      final @Nullable MeetingPlan plan;
      final @Nullable PhasePlan owner;

      Memo(@Nullable MeetingPlan plan, @Nullable PhasePlan owner) {
        this.plan = plan;
        this.owner = owner;
      }
    }
  }
}
