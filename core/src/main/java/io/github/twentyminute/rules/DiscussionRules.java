package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Severity;
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
        context.report(context.phase(PhaseId.DISCUSSION), Arguments.builder()
            .count("questions", questions)
            .count("minimum", settings.minimumQuestions())
            .count("missing", settings.minimumQuestions() - questions)
            .text("counterpart", agenda.counterpart().name()).build());
      } else if (questions > fit) {
        context.report(context.phase(PhaseId.DISCUSSION),
            BuiltInRules.DISCUSSION_QUESTIONS + ".too-many", Arguments.builder()
                .count("questions", questions)
                .duration("max", max)
                .count("fit", fit)
                .duration("pace", settings.questionPace())
                .count("extra", questions - fit).build());
      }
    }
  }

  static final class NoJobRequest extends BuiltInRule {
    NoJobRequest() {
      super(BuiltInRules.DISCUSSION_NO_JOB_REQUEST, Severity.WARNING,
          "No prepared item and not the purpose asks for a job");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      Optional<String> inPurpose = context.purposeFacts().jobRequest();
      if (inPurpose.isPresent()) {
        context.report(PURPOSE, BuiltInRules.DISCUSSION_NO_JOB_REQUEST + ".purpose",
            Arguments.builder().text("phrase", inPurpose.get()).build());
      }
      List<AgendaItem> items = agenda.items();
      for (int i = 0; i < items.size(); i++) {
        AgendaItem item = items.get(i);
        Optional<String> phrase = context.itemFacts(i).jobRequest();
        if (phrase.isPresent()) {
          context.report(context.item(i).field("text"), Arguments.builder()
              .text("itemId", item.id())
              .text("phrase", phrase.get()).build());
        }
      }
    }
  }
}
