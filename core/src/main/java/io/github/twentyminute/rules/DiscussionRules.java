package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Severity;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The rules on the discussion: {@code discussion.questions}, {@code discussion.no-job-request}. */
final class DiscussionRules {
  private DiscussionRules() {}

  static final class Questions extends BuiltInRule {
    Questions() {
      super(BuiltInRules.DISCUSSION_QUESTIONS, Severity.WARNING,
          "The discussion has enough prepared questions, and no more than its time can hold at"
              + " the question pace");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      PhasePlan discussion = agenda.plan().phase(PhaseId.DISCUSSION).orElse(null);
      if (discussion == null) {
        return;
      }
      List<AgendaItem> items = agenda.items();
      int questions = 0;
      for (int i = 0; i < items.size(); i++) {
        AgendaItem item = items.get(i);
        if (item.kind() == ItemKind.QUESTION && item.phase().equals(PhaseId.DISCUSSION)) {
          questions++;
        }
      }
      RuleSettings settings = context.settings();
      Duration max = discussion.timeBox().max();
      long fit = settings.questionsThatFit(max);
      if (questions < settings.minimumQuestions()) {
        int missing = settings.minimumQuestions() - questions;
        context.report(context.phase(PhaseId.DISCUSSION),
            "discussion has " + plural(questions, "prepared question") + "; expected at least "
                + settings.minimumQuestions(),
            "Prepare " + missing + " more " + (missing == 1 ? "question" : "questions")
                + " tied to " + agenda.counterpart().name() + "'s background, and rank them");
      } else if (questions > fit) {
        long extra = questions - fit;
        context.report(context.phase(PhaseId.DISCUSSION),
            "discussion has " + plural(questions, "prepared question") + "; its "
                + format(max) + " holds at most " + fit + " at " + format(settings.questionPace())
                + " a question",
            extra == 1
                ? "Drop the lowest-priority question, or keep it in reserve outside the agenda"
                : "Drop the " + extra + " lowest-priority questions, or keep them in reserve"
                    + " outside the agenda");
      }
    }
  }

  static final class NoJobRequest extends BuiltInRule {
    private static final String HINT = "This is not a job interview: ask for advice, information"
        + " and names instead; if they know of an opening, they will tell you";

    NoJobRequest() {
      super(BuiltInRules.DISCUSSION_NO_JOB_REQUEST, Severity.WARNING,
          "No prepared item and not the purpose asks for a job");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      Optional<String> inPurpose = agenda.purposeFacts().jobRequest();
      if (inPurpose.isPresent()) {
        context.report(PURPOSE, "purpose reads as a job request (\"" + inPurpose.get() + "\"); expected"
            + " a purpose of learning, advice and names", HINT);
      }
      List<AgendaItem> items = agenda.items();
      for (int i = 0; i < items.size(); i++) {
        AgendaItem item = items.get(i);
        Optional<String> phrase = item.textFacts().jobRequest();
        if (phrase.isPresent()) {
          context.report(context.item(i).field("text"),
              noun(item) + " " + item.id() + " reads as a job request (\"" + phrase.get() + "\");"
                  + " expected items that ask for advice, information and names",
              HINT);
        }
      }
    }
  }
}
