package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.fit.AgendaFitter;
import io.github.twentyminute.fit.FitChange;
import io.github.twentyminute.fit.FitOptions;
import io.github.twentyminute.fit.FitResult;
import io.github.twentyminute.fit.PhaseMinimum;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Fits an over-long agenda: Sam adds two questions to the sample agenda, one of them one he must
 * not lose, which takes it to 23:00 against its 20:00 budget. The fitter gives time back from
 * the lowest-priority questions, never the must-keep one and never the ending, and explains each
 * change with findings. Then the same agenda is fitted into 18 minutes, and into an impossible 10.
 */
public final class FitAgendaExample {
  private FitAgendaExample() {}

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * Runs the example.
   *
   * @return what it prints
   */
  public static String run() {
    StringBuilder out = new StringBuilder();
    Renderer english = Renderer.ENGLISH;
    Agenda agenda = overlong();
    out.append("Before: ").append(english.duration(agenda.totalPlanned())).append(" planned; ")
        .append(RuleSet.standard().validate(agenda).summary()).append('\n');

    FitResult fitted = AgendaFitter.standard().fit(agenda);
    for (FitChange change : fitted.changes()) {
      out.append("  ").append(describe(change, english)).append('\n');
    }
    out.append("After: ").append(english.duration(fitted.agenda().totalPlanned()))
        .append(" planned; ").append(RuleSet.standard().validate(fitted.agenda())).append('\n');

    FitResult shorter = AgendaFitter.of(FitOptions.builder().budget(Duration.ofMinutes(18))
        .build()).fit(agenda);
    out.append("Into 18:00: ").append(shorter.finding().message()).append("; dropped ")
        .append(shorter.dropped()).append('\n');
    out.append("  in German: ").append(shorter.finding().message(Locale.GERMAN)).append('\n');

    FitResult impossible = AgendaFitter.of(FitOptions.builder().budget(Duration.ofMinutes(10))
        .build()).fit(agenda);
    out.append("Into 10:00: ").append(impossible.finding().message()).append('\n');
    for (Finding obstacle : impossible.obstacles()) {
      out.append("  ").append(obstacle.message()).append('\n');
    }
    for (PhaseMinimum minimum : impossible.minimums()) {
      out.append("  ").append(minimum.finding().message()).append('\n');
    }
    return out.toString();
  }

  /**
   * Describes a change in one line: what was done and the steps it was done for.
   *
   * @param change the change, not null
   * @param renderer the language to describe it in, not null
   * @return the line
   */
  static String describe(FitChange change, Renderer renderer) {
    return renderer.message(change.finding()) + " (" + change.reasons().stream()
        .map(renderer::message).collect(Collectors.joining("; ")) + ")";
  }

  /** The sample agenda with two more questions: 23:00 against its 20:00 budget. */
  static Agenda overlong() {
    Agenda sample = SampleMeeting.agenda();
    List<AgendaItem> items = new ArrayList<>(sample.items());
    int after = sample.indexOf("q6") + 1;
    items.add(after, AgendaItem.builder().id("q7").phase(PhaseId.DISCUSSION)
        .kind(ItemKind.QUESTION).text("Would you look at my certificate project and tell me"
            + " what a hiring manager would miss in it?")
        .planned(Duration.ofSeconds(120)).priority(1).mustKeep(true).addLinkedNote("n3").build());
    items.add(after + 1, AgendaItem.builder().id("q8").phase(PhaseId.DISCUSSION)
        .kind(ItemKind.QUESTION).text("Which conferences are worth the time?")
        .planned(Duration.ofSeconds(60)).priority(3).addLinkedNote("n3").build());
    return sample.withItems(items);
  }
}
