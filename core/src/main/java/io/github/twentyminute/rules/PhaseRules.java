package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.plan.TimeBox;
import java.time.Duration;
import java.util.List;

/**
 * The rules on phases: {@code phase.timebox}, {@code phase.order}, {@code phase.required}, and
 * {@code item.duration} on the items in them.
 */
final class PhaseRules {
  private static final Location GROUP_LIMITS = Location.of("plan").field("groupLimits");

  private PhaseRules() {}

  static final class TimeBoxes extends BuiltInRule {
    TimeBoxes() {
      super(BuiltInRules.PHASE_TIMEBOX, Severity.ERROR,
          "Each phase with items is planned within its time box, and each group of phases"
              + " within its limit");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      MeetingPlan plan = agenda.plan();
      List<PhasePlan> phases = plan.phases();
      for (int i = 0; i < phases.size(); i++) {
        PhasePlan phase = phases.get(i);
        Duration planned = agenda.planned(phase.id());
        TimeBox box = phase.timeBox();
        if (box.contains(planned) || !hasItems(agenda, phase.id())) {
          continue;
        }
        String found = phase.id() + " planned for " + format(planned) + "; its time box allows "
            + format(box.min()) + " to " + format(box.max());
        if (planned.compareTo(box.max()) > 0) {
          context.report(context.phase(phase.id()), found,
              "Shorten " + phase.id() + " by " + format(planned.minus(box.max()))
                  + ", starting with its lowest-priority items");
        } else {
          context.report(context.phase(phase.id()), found,
              "Plan " + format(box.min().minus(planned)) + " more for " + phase.id()
                  + ", or lower the minimum of its time box");
        }
      }
      List<GroupLimit> limits = plan.groupLimits();
      for (int i = 0; i < limits.size(); i++) {
        GroupLimit limit = limits.get(i);
        Duration planned = Duration.ZERO;
        for (PhaseId id : limit.phases()) {
          planned = planned.plus(agenda.planned(id));
        }
        if (planned.compareTo(limit.max()) > 0) {
          context.report(GROUP_LIMITS.index(i),
              limit.name() + " planned for " + format(planned) + "; together they may take at"
                  + " most " + format(limit.max()),
              "Shorten " + limit.name() + " by " + format(planned.minus(limit.max())));
        }
      }
    }
  }

  static final class Order extends BuiltInRule {
    Order() {
      super(BuiltInRules.PHASE_ORDER, Severity.ERROR,
          "Items come in the order of the plan's phases");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      MeetingPlan plan = agenda.plan();
      List<AgendaItem> items = agenda.items();
      int latest = -1;
      PhaseId last = null;
      int index = -1;
      for (int i = 0; i < items.size(); i++) {
        AgendaItem item = items.get(i);
        if (item.phase() != last) {
          last = item.phase();
          index = plan.indexOf(last);
        }
        if (index >= latest) {
          latest = index;
          continue;
        }
        PhaseId later = plan.phases().get(latest).id();
        context.report(context.item(i).field("phase"),
            noun(item) + " " + item.id() + " is in " + item.phase() + " but comes after an item"
                + " in " + later + "; the plan's order is " + order(plan),
            "Move " + item.id() + " up, with the other " + item.phase() + " items and before the "
                + later + " items");
      }
    }

    private static String order(MeetingPlan plan) {
      StringBuilder text = new StringBuilder();
      for (PhasePlan phase : plan.phases()) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(phase.id());
      }
      return text.toString();
    }
  }

  static final class Required extends BuiltInRule {
    Required() {
      super(BuiltInRules.PHASE_REQUIRED, Severity.ERROR,
          "Every phase the plan requires has at least one item");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      List<PhasePlan> phases = agenda.plan().phases();
      for (int i = 0; i < phases.size(); i++) {
        PhasePlan phase = phases.get(i);
        if (!phase.required() || hasItems(agenda, phase.id())) {
          continue;
        }
        StringBuilder cues = new StringBuilder();
        for (Cue cue : phase.cues()) {
          cues.append(cues.length() == 0 ? "" : ", ").append(cue.id());
        }
        context.report(context.phase(phase.id()),
            "phase " + phase.id() + " has no items; the plan requires it, within "
                + format(phase.timeBox().min()) + " to " + format(phase.timeBox().max()),
            cues.length() == 0
                ? "Add at least one item to " + phase.id() + ", or make the phase optional in"
                    + " the plan"
                : "Add the items of " + phase.id() + ", such as its cues: " + cues);
      }
    }
  }

  static final class ItemDuration extends BuiltInRule {
    ItemDuration() {
      super(BuiltInRules.ITEM_DURATION, Severity.ERROR,
          "Every item has some time, and no more than its phase may take in all");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      MeetingPlan plan = agenda.plan();
      List<AgendaItem> items = agenda.items();
      PhaseId last = null;
      Duration max = Duration.ZERO;
      for (int i = 0; i < items.size(); i++) {
        AgendaItem item = items.get(i);
        Duration planned = item.planned();
        if (item.phase() != last) {
          last = item.phase();
          max = plan.requirePhase(last).timeBox().max();
        }
        if (planned.isZero()) {
          context.report(context.item(i).field("planned"),
              noun(item) + " " + item.id() + " is planned for 0:00; expected more than 0:00",
              "Give " + item.id() + " the time it needs, or drop it");
          continue;
        }
        if (planned.compareTo(max) > 0) {
          context.report(context.item(i).field("planned"),
              noun(item) + " " + item.id() + " is planned for " + format(planned) + "; its phase "
                  + item.phase() + " may take at most " + format(max) + " in all",
              "Shorten " + item.id() + " to well under " + format(max) + ", or split it");
        }
      }
    }
  }

  static boolean hasItems(Agenda agenda, PhaseId phase) {
    if (!agenda.planned(phase).isZero()) {
      return true;
    }
    List<AgendaItem> items = agenda.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).phase().equals(phase)) {
        return true;
      }
    }
    return false;
  }
}
