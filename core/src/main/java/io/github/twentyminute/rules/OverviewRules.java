package io.github.twentyminute.rules;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.util.List;

/** The rules on the career overview: {@code overview.length}, {@code overview.not-resume}. */
final class OverviewRules {
  private OverviewRules() {}

  static final class Length extends BuiltInRule {
    Length() {
      super(BuiltInRules.OVERVIEW_LENGTH, Severity.WARNING,
          "The career overview is there and can be said in the overview's time at the"
              + " speaking pace");
    }

    @Override
    public void check(RuleContext context) {
      Agenda agenda = context.agenda();
      PhasePlan phase = agenda.plan().phase(PhaseId.OVERVIEW).orElse(null);
      if (phase == null) {
        return;
      }
      RuleSettings settings = context.settings();
      Duration planned = agenda.planned(PhaseId.OVERVIEW);
      boolean isPlanned = !planned.isZero();
      Duration available = isPlanned ? planned : phase.timeBox().max();
      int words = context.overviewFacts().words();
      int pace = settings.wordsPerMinute();
      if (words == 0) {
        context.report(OVERVIEW, BuiltInRules.OVERVIEW_LENGTH + ".empty", Arguments.builder()
            .duration("available", available)
            .count("maxWords", settings.wordsIn(available))
            .count("wordsPerMinute", pace).build());
        return;
      }
      Duration speaking = settings.speakingTime(words);
      if (speaking.compareTo(available) > 0) {
        context.report(OVERVIEW,
            isPlanned ? BuiltInRules.OVERVIEW_LENGTH : BuiltInRules.OVERVIEW_LENGTH + ".unplanned",
            Arguments.builder()
                .duration("speaking", speaking)
                .count("words", words)
                .count("wordsPerMinute", pace)
                .duration("available", available)
                .count("cut", words - settings.wordsIn(available)).build());
      }
    }
  }

  /**
   * The resume heuristic: an overview reads as a resume recital when it mentions more distinct
   * years than the settings allow, or never says why you asked.
   */
  static final class NotResume extends BuiltInRule {
    NotResume() {
      super(BuiltInRules.OVERVIEW_NOT_RESUME, Severity.WARNING,
          "The career overview leads to why you asked rather than reciting a resume");
    }

    @Override
    public void check(RuleContext context) {
      TextFacts facts = context.overviewFacts();
      if (facts.words() == 0) {
        return;
      }
      int maximum = context.settings().maximumOverviewYears();
      List<Integer> years = facts.years();
      if (years.size() > maximum) {
        StringBuilder list = new StringBuilder();
        for (int year : years) {
          list.append(list.length() == 0 ? "" : ", ").append(year);
        }
        context.report(OVERVIEW, Arguments.builder()
            .count("yearCount", years.size())
            .text("years", list.toString())
            .count("maximum", maximum).build());
      }
      if (!facts.saysWhy()) {
        context.report(OVERVIEW, BuiltInRules.OVERVIEW_NOT_RESUME + ".no-why", Arguments.none());
      }
    }
  }
}
