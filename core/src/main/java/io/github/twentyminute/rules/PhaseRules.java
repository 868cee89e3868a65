package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
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
        Arguments.Builder arguments = Arguments.builder()
            .text("phase", phase.id().value())
            .duration("planned", planned)
            .duration("min", box.min())
            .duration("max", box.max());
        if (planned.compareTo(box.max()) > 0) {
          context.report(context.phase(phase.id()),
              arguments.duration("excess", planned.minus(box.max())).build());
        } else {
          context.report(context.phase(phase.id()), BuiltInRules.PHASE_TIMEBOX + ".under",
              arguments.duration("shortfall", box.min().minus(planned)).build());
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
          context.report(GROUP_LIMITS.index(i), BuiltInRules.PHASE_TIMEBOX + ".group",
              Arguments.builder()
                  .text("group", limit.name())
                  .duration("planned", planned)
                  .duration("max", limit.max())
                  .duration("excess", planned.minus(limit.max())).build());
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
        context.report(context.item(i).field("phase"), Arguments.builder()
            .text("itemId", item.id())
            .text("phase", item.phase().value())
            .text("laterPhase", later.value())
            .text("order", order(plan)).build());
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
        Arguments.Builder arguments = Arguments.builder()
            .text("phase", phase.id().value())
            .duration("min", phase.timeBox().min())
            .duration("max", phase.timeBox().max());
        if (cues.length() == 0) {
          context.report(context.phase(phase.id()), BuiltInRules.PHASE_REQUIRED + ".no-cues",
              arguments.build());
        } else {
          context.report(context.phase(phase.id()),
              arguments.text("cues", cues.toString()).build());
        }
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
          context.report(context.item(i).field("planned"), BuiltInRules.ITEM_DURATION + ".zero",
              Arguments.builder().text("itemId", item.id()).duration("planned", planned).build());
          continue;
        }
        if (planned.compareTo(max) > 0) {
          context.report(context.item(i).field("planned"), Arguments.builder()
              .text("itemId", item.id())
              .duration("planned", planned)
              .text("phase", item.phase().value())
              .duration("max", max).build());
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
