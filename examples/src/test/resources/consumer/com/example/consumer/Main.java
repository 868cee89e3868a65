package com.example.consumer;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.JsonDocumentStore;
import io.github.twentyminute.json.Stored;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.testing.SampleMeeting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses the library as an application would: builds a plan, validates the sample agenda with
 * the built-in rules and a discovered one, saves and loads it through the JSON store, and
 * round-trips the plan through a Jackson mapper that found the module by itself. Prints one
 * line per step; exits with 1 if a step did not do what it should.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the steps.
   *
   * @param args the directory for the store
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    MeetingPlan panel = MeetingPlan.builder()
        .name("Panel visit")
        .budget(Duration.ofMinutes(45))
        .hardCeiling(Duration.ofMinutes(55))
        .addPhase(MeetingPlans.introduction(TimeBox.ofMinutes(2, 3, 4)))
        .addPhase(PhasePlan.builder().id(PhaseId.of("panel-questions")).title("Panel questions")
            .timeBox(TimeBox.ofMinutes(30, 37, 40)).absorbsOverruns(true).build())
        .addPhase(MeetingPlans.ending(TimeBox.ofMinutes(4, 5, 6)))
        .build();
    System.out.println("plan: " + panel.name() + ", " + panel.phases().size()
        + " phases, feasible: " + RuleSet.standard().validate(panel).isValid());

    RuleSet rules = RuleSet.standard().withDiscovered();
    List<String> ids = rules.ids();
    check(ids.contains(AtMostTwelveItemsRule.ID), "the consumer's rule was not discovered");
    Agenda agenda = SampleMeeting.agenda();
    ValidationReport report = rules.validate(agenda);
    System.out.println("rules: " + ids.size() + ", the last one: " + ids.get(ids.size() - 1));
    report.forRule(AtMostTwelveItemsRule.ID).forEach(
        v -> System.out.println("finding: " + v.id() + ": " + v.message()));

    JsonDocumentStore<Agenda> store =
        JsonDocumentStore.open(Path.of(args[0]), DocumentType.AGENDA);
    Stored<Agenda> saved = store.save("dana-reyes", agenda, 0);
    Stored<Agenda> loaded = store.load("dana-reyes").orElseThrow();
    check(loaded.value().equals(agenda), "the agenda read back differs");
    System.out.println("store: saved " + saved.id() + " at revision " + saved.revision()
        + ", loaded it back equal");

    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String text = mapper.writeValueAsString(panel);
    check(mapper.readValue(text, MeetingPlan.class).equals(panel), "the plan read back differs");
    System.out.println("jackson: " + text.substring(0, text.indexOf(',')) + ", read back equal");
  }

  private static void check(boolean holds, String problem) {
    if (!holds) {
      System.out.println("FAILED: " + problem);
      System.exit(1);
    }
  }
}
