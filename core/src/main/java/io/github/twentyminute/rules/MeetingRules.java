package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.PreparationStep;
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
        context.report(context.phase(opening.id()), opening.id() + " has no item thanking "
                + agenda.counterpart().name() + " at the start; expected an item placing cue"
                + " thanks.opening",
            "Open by thanking them, such as \"Thank you for making the time today\"");
      }
      PhasePlan closing = missingCue(context, THANKS_CLOSING);
      if (closing != null) {
        context.report(context.phase(closing.id()), closing.id() + " has no item thanking "
                + agenda.counterpart().name() + " at the end; expected an item placing cue"
                + " thanks.closing",
            "Close by thanking them again, such as \"Thank you again for your time and"
                + " advice\"");
      }
      List<PreparationStep> steps = agenda.preparation().steps();
      for (int i = 0; i < steps.size(); i++) {
        PreparationStep step = steps.get(i);
        if (step.id().equals(Preparation.THANKED_WHEN_AGREED) && !step.done()) {
          context.report(STEPS.index(i),
              "you have not yet thanked " + agenda.counterpart().name() + " for agreeing to meet; expected preparation"
                  + " step " + Preparation.THANKED_WHEN_AGREED + " done",
              "Send a short thank-you that confirms the time and place, then mark the step"
                  + " done");
        }
      }
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
        context.report(context.phase(owner.id()), owner.id() + " has no item asking who else to"
                + " talk to; expected an item placing cue ending.ask-for-names",
            "Add \"Who else would you suggest I talk to? May I use your name?\" to the ending");
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
        context.report(context.phase(owner.id()), owner.id() + " has no item asking how you can"
                + " help them; expected an item placing cue ending.offer-help",
            "Add \"How can I help you?\" to the ending, with something concrete you could"
                + " offer");
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
      int words = context.agenda().purposeFacts().words();
      if (words == 0) {
        context.report(PURPOSE,
            "purpose is empty; expected a sentence saying why you asked for the meeting",
            "Write why you asked, such as \"Learn how the work in your field is changing and"
                + " which skills matter most\"");
        return;
      }
      int maximum = context.settings().maximumPurposeWords();
      if (words > maximum) {
        context.report(PURPOSE,
            "purpose has " + words + " words; expected one sentence of at most " + maximum,
            "Say why you asked in one sentence; keep the rest for the overview and questions");
      }
    }
  }
}
