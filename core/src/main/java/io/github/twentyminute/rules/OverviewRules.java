package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Severity;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.TextFacts;
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
      int words = agenda.overviewFacts().words();
      int pace = settings.wordsPerMinute();
      if (words == 0) {
        context.report(OVERVIEW,
            "career overview is empty; expected one you can say in " + format(available)
                + " (up to " + settings.wordsIn(available) + " words at " + pace
                + " words a minute)",
            "Write a few sentences on your career so far that lead to why you asked to meet"
                + " them");
        return;
      }
      Duration speaking = settings.speakingTime(words);
      if (speaking.compareTo(available) > 0) {
        int cut = words - settings.wordsIn(available);
        context.report(OVERVIEW,
            "career overview takes about " + format(speaking) + " to say (" + words + " words at "
                + pace + " words a minute); "
                + (isPlanned
                    ? "the overview is planned for " + format(available)
                    : "the overview's time box allows at most " + format(available)),
            "Cut about " + plural(cut, "word") + ", keeping what leads to why you asked");
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
      TextFacts facts = context.agenda().overviewFacts();
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
        context.report(OVERVIEW,
            "career overview mentions " + plural(years.size(), "year") + " (" + list
                + "); expected at most " + maximum + " in an overview, which tells a story"
                + " rather than reciting a resume",
            "Tell your career in a few sentences that lead to why you asked; leave the dates to"
                + " your resume");
      }
      if (!facts.saysWhy()) {
        context.report(OVERVIEW,
            "career overview never says why you asked for the meeting; expected a phrase such"
                + " as \"which is why I asked\"",
            "End the overview with why you asked to meet them, such as \"..., which is why I"
                + " asked to meet you\"");
      }
    }
  }
}
