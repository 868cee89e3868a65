package io.github.twentyminute.session;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Builds the {@link Timeline} of an ended session. */
final class Timelines {
  private Timelines() {}

  static Timeline of(MeetingSession session) {
    SessionContext cx = session.context();
    SessionTimes facts = session.times();
    MeetingPlan plan = cx.plan;
    Instant start = facts.start();
    Instant end = facts.end();
    Duration total = facts.active(start, end);
    ImmutableTimeline.Builder timeline = Timeline.builder()
        .start(start)
        .end(end)
        .total(total)
        .paused(Duration.between(start, end).minus(total))
        .budget(plan.budget())
        .hardCeiling(plan.hardCeiling());
    Optional<Instant> scheduled = cx.agenda.scheduledStart();
    if (scheduled.isPresent() && start.isAfter(scheduled.get())) {
      timeline.lateStart(Duration.between(scheduled.get(), start));
    }
    int n = plan.phases().size();
    Duration planned = Duration.ZERO;
    for (int i = 0; i < n; i++) {
      PhasePlan phase = plan.phases().get(i);
      Instant entry = facts.phaseEntry(i);
      Duration actual = facts.phaseActual(i, end);
      planned = planned.plus(cx.planned[i]);
      timeline.addPhase(PhaseTimeline.builder()
          .phase(phase.id())
          .timeBox(phase.timeBox())
          .planned(cx.planned[i])
          .actual(actual)
          .entered(Optional.ofNullable(entry))
          .build());
      for (Cue cue : phase.cues()) {
        timeline.addCue(CueOutcome.builder().cue(cue).phase(phase.id())
            .done(Optional.ofNullable(facts.cueDone(cue.id()))).build());
      }
    }
    timeline.planned(planned);
    List<AgendaItem> items = cx.agenda.items();
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      Instant marked = facts.itemMarked(i);
      ItemTimeline.Outcome outcome = marked == null ? ItemTimeline.Outcome.NOT_REACHED
          : facts.itemCovered(i) ? ItemTimeline.Outcome.COVERED : ItemTimeline.Outcome.SKIPPED;
      timeline.addItem(ItemTimeline.builder()
          .itemId(item.id())
          .phase(item.phase())
          .outcome(outcome)
          .planned(item.planned())
          .actual(facts.itemActual(i))
          .at(Optional.ofNullable(marked))
          .build());
    }
    return timeline.build();
  }
}
