package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.IOException;
import java.nio.file.Path;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each built-in rule at its limit and one step past it, and the settings' own limits. */
class RuleBoundaryTests {
  private final Agenda sample = SampleMeeting.agenda();

  @Test
  void aTotalAtTheCeilingIsOverTheBudgetButNotPastTheCeiling() {
    Agenda atCeiling = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 600)));
    assertThat(atCeiling.totalPlanned()).isEqualTo(Duration.ofMinutes(30));
    assertThat(messages(atCeiling, "budget.total"))
        .containsExactly("agenda planned for 30:00; the plan's budget is 20:00");
    assertThat(messages(atCeiling, "budget.ceiling")).isEmpty();
  }

  @Test
  void aPhaseAtItsMaximumIsWithinItsTimeBox() {
    Agenda atMaximum = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 60)));
    assertThat(atMaximum.planned(PhaseId.DISCUSSION)).isEqualTo(Duration.ofMinutes(15));
    assertThat(messages(atMaximum, "phase.timebox")).isEmpty();
    Agenda past = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 61)));
    assertThat(messages(past, "phase.timebox"))
        .containsExactly("discussion planned for 15:01; its time box allows 12:00 to 15:00");
  }

  @Test
  void anItemAsLongAsItsPhaseMayTakeIsAllowed() {
    Agenda atMaximum = withItem(sample, "q1", i -> i.withPlanned(Duration.ofMinutes(15)));
    assertThat(messages(atMaximum, "item.duration")).isEmpty();
    Agenda past = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(15 * 60 + 1)));
    assertThat(messages(past, "item.duration")).containsExactly("question q1 is planned for"
        + " 15:01; its phase discussion may take at most 15:00 in all");
  }

  @Test
  void messagesNameStatementsAndCueItemsByTheirKind() {
    Agenda agenda = withItem(withItem(sample, "o1", i -> i.withPlanned(Duration.ZERO)), "e1",
        i -> i.withPlanned(Duration.ZERO));
    Agenda withStatement = agenda.withItems(replace(agenda.items(), "i2",
        AgendaItem.statement("s1", PhaseId.INTRODUCTION, "A word on the weather",
            Duration.ZERO)));
    assertThat(messages(withStatement, "item.duration")).containsExactly(
        "statement s1 is planned for 0:00; expected more than 0:00",
        "cue item o1 is planned for 0:00; expected more than 0:00",
        "cue item e1 is planned for 0:00; expected more than 0:00");
  }

  @Test
  void aRequiredPhaseWhoseItemsHaveNoTimeStillHasItems() {
    Agenda agenda = withItem(sample, "o1", i -> i.withPlanned(Duration.ZERO));
    assertThat(agenda.planned(PhaseId.OVERVIEW)).isZero();
    assertThat(messages(agenda, "phase.required")).isEmpty();
    assertThat(messages(without(sample, "o1"), "phase.required")).hasSize(1);
  }

  @Test
  void exactlyTheMinimumOfQuestionsIsEnough() {
    long questions = sample.items().stream().filter(i -> i.kind() == ItemKind.QUESTION).count();
    assertThat(questions).isEqualTo(6);
    assertThat(messages(sample, RuleSettings.builder().minimumQuestions(6).build(),
        "discussion.questions")).isEmpty();
    assertThat(messages(sample, RuleSettings.builder().minimumQuestions(7).build(),
        "discussion.questions")).containsExactly(
            "discussion has 6 prepared questions; expected at least 7");
  }

  @Test
  void exactlyTheMinimumOfResearchNotesIsEnough() {
    int notes = sample.counterpart().notes().size();
    assertThat(messages(sample, RuleSettings.builder().minimumResearchNotes(notes).build(),
        "homework.counterpart")).isEmpty();
    assertThat(messages(sample, RuleSettings.builder().minimumResearchNotes(notes + 1).build(),
        "homework.counterpart")).hasSize(1);
  }

  @Test
  void exactlyTheMaximumOfYearsIsNotAResume() {
    Agenda three = Agenda.builder().from(sample)
        .overview(sample.overview() + " I started in 2012, led a team from 2016 and studied in 2023.")
        .build();
    assertThat(three.overviewFacts().years()).containsExactly(2012, 2016, 2023);
    assertThat(messages(three, "overview.not-resume")).isEmpty();
    Agenda four = Agenda.builder().from(sample)
        .overview(sample.overview() + " I started in 2012, led a team from 2016 and studied in"
            + " 2023 and 2024.")
        .build();
    assertThat(messages(four, "overview.not-resume")).containsExactly("career overview mentions"
        + " 4 years (2012, 2016, 2023, 2024); expected at most 3 in an overview, which tells a"
        + " story rather than reciting a resume");
  }

  @Test
  void exactlyTheMaximumOfPurposeWordsIsOneSentence() {
    assertThat(sample.purposeFacts().words()).isEqualTo(21);
    assertThat(messages(sample, RuleSettings.builder().maximumPurposeWords(21).build(),
        "agenda.purpose")).isEmpty();
    assertThat(messages(sample, RuleSettings.builder().maximumPurposeWords(20).build(),
        "agenda.purpose")).containsExactly(
            "purpose has 21 words; expected one sentence of at most 20");
  }

  @Test
  void gratitudeReportsAMissingOpeningThanks() {
    Agenda agenda = without(sample, "i1");
    List<Violation> found = RuleSet.standard().validate(agenda).forRule("gratitude.before-after");
    assertThat(found).extracting(Violation::path).containsExactly(Location.parse("phases[introduction]"));
    assertThat(found).extracting(Violation::message).containsExactly("introduction has no item"
        + " thanking " + sample.counterpart().name() + " at the start; expected an item placing"
        + " cue thanks.opening");
    assertThat(found).extracting(Violation::hint)
        .containsExactly("Open by thanking them, such as \"Thank you for making the time today\"");
  }

  @Test
  void settingsAcceptTheirLimitsAndRefuseOneStepPast() {
    assertThat(RuleSettings.builder().wordsPerMinute(60).build().wordsPerMinute()).isEqualTo(60);
    assertThat(RuleSettings.builder().wordsPerMinute(300).build().wordsPerMinute())
        .isEqualTo(300);
    assertThatThrownBy(() -> RuleSettings.builder().wordsPerMinute(59).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("words per minute must be from"
            + " 60 to 300 (people speak about 130 to 150), but was 59");
    assertThatThrownBy(() -> RuleSettings.builder().wordsPerMinute(301).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("but was 301");
    assertThat(RuleSettings.builder().questionPace(Duration.ofMillis(1)).build().questionPace())
        .isEqualTo(Duration.ofMillis(1));
    assertThatThrownBy(() -> RuleSettings.builder().questionPace(Duration.ofNanos(999_999))
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question pace must be at least a millisecond, but was PT0.000999999S");
    assertThatThrownBy(() -> RuleSettings.builder().questionPace(Duration.ofSeconds(-1))
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question pace must be at least a millisecond, but was PT-1S");
    RuleSettings least = RuleSettings.builder().minimumQuestions(0).minimumResearchNotes(0)
        .maximumOverviewYears(0).maximumPurposeWords(1).build();
    assertThat(least.minimumQuestions()).isZero();
    assertThat(least.minimumResearchNotes()).isZero();
    assertThat(least.maximumOverviewYears()).isZero();
    assertThat(least.maximumPurposeWords()).isEqualTo(1);
    assertThatThrownBy(() -> RuleSettings.builder().minimumQuestions(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum questions must be at least 0, but was -1");
    assertThatThrownBy(() -> RuleSettings.builder().minimumResearchNotes(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum research notes must be at least 0, but was -1");
    assertThatThrownBy(() -> RuleSettings.builder().maximumOverviewYears(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum overview years must be at least 0, but was -1");
    assertThatThrownBy(() -> RuleSettings.builder().maximumPurposeWords(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum purpose words must be at least 1, but was 0");
  }

  @Test
  void settingsHaveTheDocumentedDefaults() {
    RuleSettings built = RuleSettings.builder().build();
    assertThat(built.minimumQuestions()).isEqualTo(3);
    assertThat(built.minimumResearchNotes()).isEqualTo(2);
    assertThat(built.maximumOverviewYears()).isEqualTo(3);
    assertThat(RuleSettings.defaults()).isEqualTo(built);
  }

  @Test
  void ruleIdsMayHaveUpTo64Characters() {
    String longest = "a".repeat(64);
    assertThat(Rule.of(longest, Severity.INFO, agenda -> true, agenda -> "never", "Longest id")
        .id()).isEqualTo(longest);
    assertThatThrownBy(() -> Rule.of(longest + "a", Severity.INFO, agenda -> true,
        agenda -> "never", "Too long")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleSeesItsOwnIdAndEffectiveSeverity() {
    Rule echo = new EchoRule();
    ValidationReport report = RuleSet.of(List.of(echo)).withSeverity("acme.echo", Severity.ERROR)
        .validate(sample);
    assertThat(report.violations()).containsExactly(Violation.of("acme.echo", Severity.ERROR,
        Location.root(), "ran as acme.echo at ERROR", "none"));
  }

  @Test
  void aSetListsItsRulesAndKnowsTheirIds() {
    RuleSet standard = RuleSet.standard();
    assertThat(standard.rules()).containsExactlyElementsOf(BuiltInRules.all());
    assertThat(BuiltInRules.all()).hasSize(16);
    assertThat(standard.contains("budget.total")).isTrue();
    assertThat(standard.contains("acme.echo")).isFalse();
  }

  @Test
  void discoveredRulesAreOrderedById(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(Rule.class.getName()),
        LastRule.class.getName() + "\n" + FirstRule.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        getClass().getClassLoader())) {
      assertThat(RuleSet.discovered(loader).ids())
          .containsExactly("acme.aa-first", "acme.no-statements", "acme.zz-last");
    }
  }

  @Test
  void reportsMayHoldTheSameFindingTwice() {
    Violation twice = Violation.of("acme.echo", Severity.INFO, Location.root(), "same", "same");
    ValidationReport report = ImmutableValidationReport.builder().addRulesRun("acme.echo")
        .addViolation(twice).addViolation(twice).build();
    assertThat(report.violations()).containsExactly(twice, twice);
  }

  /** Reports what the context says about the rule being run. */
  static final class EchoRule extends NamedRule {
    EchoRule() {
      super("acme.echo", Severity.INFO, "Echoes its id");
    }

    @Override
    public void check(RuleContext context) {
      context.report(Location.root(), "ran as " + context.ruleId() + " at " + context.severity(),
          "none");
    }
  }

  /** A discovered rule whose id sorts last. */
  public static final class LastRule extends NamedRule {
    /** Makes the rule. */
    public LastRule() {
      super("acme.zz-last", Severity.INFO, "Sorts last");
    }

    @Override
    public void check(RuleContext context) {}
  }

  /** A discovered rule whose id sorts first. */
  public static final class FirstRule extends NamedRule {
    /** Makes the rule. */
    public FirstRule() {
      super("acme.aa-first", Severity.INFO, "Sorts first");
    }

    @Override
    public void check(RuleContext context) {}
  }

  private List<String> messages(Agenda agenda, String ruleId) {
    return messages(agenda, RuleSettings.defaults(), ruleId);
  }

  private static List<String> messages(Agenda agenda, RuleSettings settings, String ruleId) {
    List<String> messages = new ArrayList<>();
    for (Violation v : RuleSet.standard().withSettings(settings).validate(agenda)
        .forRule(ruleId)) {
      messages.add(v.message());
    }
    return messages;
  }

  private static Agenda withItem(Agenda agenda, String id, UnaryOperator<AgendaItem> change) {
    return agenda.withItems(replace(agenda.items(), id,
        change.apply(agenda.item(id).orElseThrow())));
  }

  private static List<AgendaItem> replace(List<AgendaItem> items, String id, AgendaItem by) {
    List<AgendaItem> copy = new ArrayList<>(items);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).id().equals(id)) {
        copy.set(i, by);
      }
    }
    return copy;
  }

  private static Agenda without(Agenda agenda, String id) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    items.removeIf(item -> item.id().equals(id));
    return agenda.withItems(items);
  }
}
