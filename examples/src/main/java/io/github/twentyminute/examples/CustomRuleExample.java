package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.testing.RuleContract;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validates an agenda with the built-in rules plus a custom rule found through
 * {@link java.util.ServiceLoader}: {@link NoLongDiscussionItemsRule}. The agenda is the sample
 * meeting with its first question stretched to 6:00 (the next two give up the time), which
 * every built-in rule accepts and the custom rule does not. The rule reports typed arguments; the
 * example renders its finding from the examples' own templates, in English and in German, then
 * checks the rule against the rule contract.
 */
public final class CustomRuleExample {
  private CustomRuleExample() {}

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
   * @return what {@link #main} prints, lines ending with the platform's line separator
   */
  public static String run() {
    String nl = System.lineSeparator();
    RuleSet rules = RuleSet.standard().withDiscovered();
    ValidationReport report = rules.validate(stretchedAgenda());
    Finding mine = report.forRule(NoLongDiscussionItemsRule.ID).get(0);
    return "Rules: " + rules.ids().size() + ", the last one discovered: "
        + rules.ids().get(rules.ids().size() - 1) + nl
        + report.summary(ExampleMessages.renderer(Locale.ENGLISH)) + nl
        + "Its arguments: " + mine.arguments() + nl
        + "In German: " + ExampleMessages.renderer(Locale.GERMAN).message(mine) + nl
        + RuleContract.of(new NoLongDiscussionItemsRule()).check().summary() + nl;
  }

  /**
   * Returns the sample agenda with question q1 planned for 6:00 and q2 and q3 shortened by
   * 1:30 each, so the discussion keeps its 14:00.
   *
   * @return the agenda
   */
  public static Agenda stretchedAgenda() {
    Agenda sample = SampleMeeting.agenda();
    List<AgendaItem> items = new ArrayList<>(sample.items());
    set(items, sample.indexOf("q1"), Duration.ofMinutes(6));
    set(items, sample.indexOf("q2"), Duration.ofSeconds(90));
    set(items, sample.indexOf("q3"), Duration.ofSeconds(60));
    return sample.withItems(items);
  }

  private static void set(List<AgendaItem> items, int index, Duration planned) {
    items.set(index, items.get(index).withPlanned(planned));
  }
}
