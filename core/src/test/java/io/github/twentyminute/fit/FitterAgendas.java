package io.github.twentyminute.fit;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.testing.PlanGenerator;
import io.github.twentyminute.testing.Randomness;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of agendas for the fitter: the book's plans or generated feasible
 * plans, with random items (times from zero to six minutes, priorities 1 to 5, some must-keep,
 * sometimes a phase with none), so that agendas are over, under or on budget, and some cannot
 * fit at all. Every choice is drawn from the source, with zero as the shrink point.
 */
final class FitterAgendas {
  private FitterAgendas() {}

  /** An agenda with the options to fit it with. */
  static final class Case {
    final Agenda agenda;
    final FitOptions options;

    Case(Agenda agenda, FitOptions options) {
      this.agenda = agenda;
      this.options = options;
    }

    @Override
    public String toString() {
      return agenda.plan() + " " + agenda.items() + " " + options;
    }
  }

  static Gen<Case> cases() {
    return FitterAgendas::generate;
  }

  private static Randomness randomness(RandomnessSource in) {
    return (min, max) -> (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
  }

  private static Case generate(RandomnessSource in) {
    Randomness random = randomness(in);
    int planChoice = random.between(0, 2);
    MeetingPlan plan = planChoice == 0 ? MeetingPlans.twentyMinute()
        : planChoice == 1 ? MeetingPlans.thirtyMinute() : PlanGenerator.standard().feasible(random);
    List<AgendaItem> items = new ArrayList<>();
    for (PhasePlan phase : plan.phases()) {
      int count = random.between(0, phase.id().equals(PhaseId.DISCUSSION) ? 12 : 4);
      if (random.between(0, 9) > 0) {
        count = Math.max(count, 1);
      }
      for (int k = 0; k < count; k++) {
        boolean question = phase.id().equals(PhaseId.DISCUSSION);
        items.add(AgendaItem.builder()
            .id(phase.id().value().charAt(0) + "" + k)
            .phase(phase.id())
            .kind(question ? ItemKind.QUESTION : ItemKind.STATEMENT)
            .text("Item " + k + " of the " + phase.id())
            .planned(Duration.ofSeconds(15L * random.between(0, 24)))
            .priority(random.between(1, 5))
            .mustKeep(random.between(0, 6) == 6)
            .build());
      }
    }
    Agenda agenda = Agenda.builder().plan(plan).counterpart(SampleMeeting.counterpart())
        .items(items).build();
    FitOptions.Builder options = FitOptions.builder()
        .adjustProtectedPhases(random.between(0, 1) == 1)
        .fillToBudget(random.between(0, 3) > 0)
        .shortestItem(Duration.ofSeconds(15L * random.between(0, 8)));
    if (random.between(0, 3) == 3) {
      options.budget(plan.budget().plusSeconds(30L * random.between(-10, 10)));
    }
    return new Case(agenda, options.build());
  }
}
