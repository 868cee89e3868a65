package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.PreparationStep;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.PhasePlan;
import java.util.List;

/**
 * The rules on how the meeting opens and closes: {@code gratitude.before-after},
 * {@code ending.ask-for-names}, {@code ending.offer-help} and {@code agenda.purpose}.
 */
final class MeetingRules {
  private static final Location STEPS = Location.of("preparation").field("steps");
  private static final String THANKS_OPENING = "thanks.opening";
  private static final String THANKS_CLOSING = "thanks.closing";
  private static final String ASK_FOR_NAMES = "ending.ask-for-names";
  private static final String OFFER_HELP = "ending.offer-help";

  private MeetingRules() {}

  static final class Gratitude extends BuiltInRule {
    Gratitude() {
      super(BuiltInRules.GRATITUDE_BEFORE_AFTER, Severity.WARNING,
          "You thank them before and after: when they agreed to meet, at the start and at the"
              + " end");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      PhasePlan opening = missingCue(context, THANKS_OPENING);
      if (opening != null) {
        context.report(context.phase(opening.id()), phaseAnd(opening, agenda));
      }
      PhasePlan closing = missingCue(context, THANKS_CLOSING);
      if (closing != null) {
        context.report(context.phase(closing.id()),
            BuiltInRules.GRATITUDE_BEFORE_AFTER + ".closing", phaseAnd(closing, agenda));
      }
      List<PreparationStep> steps = agenda.preparation().steps();
      for (int i = 0; i < steps.size(); i++) {
        PreparationStep step = steps.get(i);
        if (step.id().equals(Preparation.THANKED_WHEN_AGREED) && !step.done()) {
          context.report(STEPS.index(i), BuiltInRules.GRATITUDE_BEFORE_AFTER + ".when-agreed",
              Arguments.builder().text("counterpart", agenda.counterpart().name()).build());
        }
      }
    }

    private static Arguments phaseAnd(PhasePlan phase, Agenda agenda) {
      return Arguments.builder().text("phase", phase.id().value())
          .text("counterpart", agenda.counterpart().name()).build();
    }
  }

  static final class AskForNames extends BuiltInRule {
    AskForNames() {
      super(BuiltInRules.ENDING_ASK_FOR_NAMES, Severity.WARNING,
          "The ending asks who else you should talk to");
    }

    @Override
    public void check(RuleContext context) {
      PhasePlan owner = missingCue(context, ASK_FOR_NAMES);
      if (owner != null) {
        context.report(context.phase(owner.id()),
            Arguments.builder().text("phase", owner.id().value()).build());
      }
    }
  }

  static final class OfferHelp extends BuiltInRule {
    OfferHelp() {
      super(BuiltInRules.ENDING_OFFER_HELP, Severity.WARNING,
          "The ending asks how you can help them");
    }

    @Override
    public void check(RuleContext context) {
      PhasePlan owner = missingCue(context, OFFER_HELP);
      if (owner != null) {
        context.report(context.phase(owner.id()),
            Arguments.builder().text("phase", owner.id().value()).build());
      }
    }
  }

  static final class Purpose extends BuiltInRule {
    Purpose() {
      super(BuiltInRules.AGENDA_PURPOSE, Severity.ERROR,
          "The agenda states its purpose: why you asked for the meeting, in one sentence");
    }

    @Override
    public void check(RuleContext context) {
      int words = context.purposeFacts().words();
      if (words == 0) {
        context.report(PURPOSE, Arguments.none());
        return;
      }
      int maximum = context.settings().maximumPurposeWords();
      if (words > maximum) {
        context.report(PURPOSE, BuiltInRules.AGENDA_PURPOSE + ".too-long", Arguments.builder()
            .count("words", words)
            .count("maximum", maximum).build());
      }
    }
  }
}
