package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
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
    assertThat(found(atCeiling, "budget.total")).singleElement()
        .satisfies(f -> assertThat(f.arguments().duration("planned")).isEqualTo(m(30, 0)));
    assertThat(found(atCeiling, "budget.ceiling")).isEmpty();
  }

  @Test
  void aPhaseAtItsMaximumIsWithinItsTimeBox() {
    Agenda atMaximum = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 60)));
    assertThat(atMaximum.planned(PhaseId.DISCUSSION)).isEqualTo(Duration.ofMinutes(15));
    assertThat(found(atMaximum, "phase.timebox")).isEmpty();
    Agenda past = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(180 + 61)));
    assertThat(found(past, "phase.timebox")).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(Location.parse("phases[discussion]"));
      assertThat(f.arguments().duration("planned")).isEqualTo(m(15, 1));
      assertThat(f.arguments().duration("excess")).isEqualTo(m(0, 1));
    });
  }

  @Test
  void anItemAsLongAsItsPhaseMayTakeIsAllowed() {
    Agenda atMaximum = withItem(sample, "q1", i -> i.withPlanned(Duration.ofMinutes(15)));
    assertThat(found(atMaximum, "item.duration")).isEmpty();
    Agenda past = withItem(sample, "q1", i -> i.withPlanned(Duration.ofSeconds(15 * 60 + 1)));
    assertThat(found(past, "item.duration")).singleElement().satisfies(f -> {
      assertThat(f.arguments().text("itemId")).isEqualTo("q1");
      assertThat(f.arguments().duration("planned")).isEqualTo(m(15, 1));
      assertThat(f.arguments().duration("max")).isEqualTo(m(15, 0));
    });
  }

  @Test
  void itemsOfEveryKindAreCheckedForTime() {
    Agenda agenda = withItem(withItem(sample, "o1", i -> i.withPlanned(Duration.ZERO)), "e1",
        i -> i.withPlanned(Duration.ZERO));
    Agenda withStatement = agenda.withItems(replace(agenda.items(), "i2",
        AgendaItem.statement("s1", PhaseId.INTRODUCTION, "A word on the weather",
            Duration.ZERO)));
    assertThat(found(withStatement, "item.duration")).extracting(f -> f.arguments().text("itemId"))
        .containsExactly("s1", "o1", "e1");
    assertThat(found(withStatement, "item.duration")).extracting(Finding::key)
        .containsOnly("item.duration.zero");
  }

  @Test
  void aRequiredPhaseWhoseItemsHaveNoTimeStillHasItems() {
    Agenda agenda = withItem(sample, "o1", i -> i.withPlanned(Duration.ZERO));
    assertThat(agenda.planned(PhaseId.OVERVIEW)).isZero();
    assertThat(found(agenda, "phase.required")).isEmpty();
    assertThat(found(without(sample, "o1"), "phase.required")).hasSize(1);
  }

  @Test
  void exactlyTheMinimumOfQuestionsIsEnough() {
    long questions = sample.items().stream().filter(i -> i.kind() == ItemKind.QUESTION).count();
    assertThat(questions).isEqualTo(6);
    assertThat(found(sample, RuleSettings.builder().minimumQuestions(6).build(),
        "discussion.questions")).isEmpty();
    assertThat(found(sample, RuleSettings.builder().minimumQuestions(7).build(),
        "discussion.questions")).singleElement().satisfies(f -> {
          assertThat(f.arguments().count("questions")).isEqualTo(6);
          assertThat(f.arguments().count("minimum")).isEqualTo(7);
          assertThat(f.arguments().count("missing")).isEqualTo(1);
        });
  }

  @Test
  void exactlyTheMinimumOfResearchNotesIsEnough() {
    int notes = sample.counterpart().notes().size();
    assertThat(found(sample, RuleSettings.builder().minimumResearchNotes(notes).build(),
        "homework.counterpart")).isEmpty();
    assertThat(found(sample, RuleSettings.builder().minimumResearchNotes(notes + 1).build(),
        "homework.counterpart")).hasSize(1);
  }

  @Test
  void exactlyTheMaximumOfYearsIsNotAResume() {
    Agenda three = Agenda.builder().from(sample)
        .overview(sample.overview() + " I started in 2012, led a team from 2016 and studied in 2023.")
        .build();
    assertThat(TextFacts.of(three.overview()).years()).containsExactly(2012, 2016, 2023);
    assertThat(found(three, "overview.not-resume")).isEmpty();
    Agenda four = Agenda.builder().from(sample)
        .overview(sample.overview() + " I started in 2012, led a team from 2016 and studied in"
            + " 2023 and 2024.")
        .build();
    assertThat(found(four, "overview.not-resume")).singleElement().satisfies(f -> {
      assertThat(f.arguments().count("yearCount")).isEqualTo(4);
      assertThat(f.arguments().text("years")).isEqualTo("2012, 2016, 2023, 2024");
      assertThat(f.arguments().count("maximum")).isEqualTo(3);
    });
  }

  @Test
  void exactlyTheMaximumOfPurposeWordsIsOneSentence() {
    assertThat(TextFacts.of(sample.purpose()).words()).isEqualTo(21);
    assertThat(found(sample, RuleSettings.builder().maximumPurposeWords(21).build(),
        "agenda.purpose")).isEmpty();
    assertThat(found(sample, RuleSettings.builder().maximumPurposeWords(20).build(),
        "agenda.purpose")).singleElement().satisfies(f -> {
          assertThat(f.key()).isEqualTo("agenda.purpose.too-long");
          assertThat(f.arguments().count("words")).isEqualTo(21);
          assertThat(f.arguments().count("maximum")).isEqualTo(20);
        });
  }

  @Test
  void gratitudeReportsAMissingOpeningThanks() {
    Agenda agenda = without(sample, "i1");
    assertThat(found(agenda, "gratitude.before-after")).containsExactly(Finding.of(
        "gratitude.before-after", Location.parse("phases[introduction]"), Arguments.builder()
            .text("phase", "introduction").text("counterpart", sample.counterpart().name())
            .build()).withSeverity(Severity.WARNING));
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
    assertThat(report.findings()).containsExactly(Finding.ofText("acme.echo", Location.root(),
        "ran as acme.echo at ERROR", "none").withSeverity(Severity.ERROR));
  }

  @Test
  void aSetListsItsRulesAndKnowsTheirIds() {
    RuleSet standard = RuleSet.standard();
    assertThat(standard.rules()).containsExactlyElementsOf(BuiltInRules.all());
    assertThat(BuiltInRules.all()).hasSize(21);
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
    Finding twice = Finding.ofText("acme.echo", Location.root(), "same", "same")
        .withSeverity(Severity.INFO);
    ValidationReport report = ValidationReport.of(List.of("acme.echo"), List.of(twice, twice));
    assertThat(report.findings()).containsExactly(twice, twice);
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

  private static List<Finding> found(Agenda agenda, String ruleId) {
    return found(agenda, RuleSettings.defaults(), ruleId);
  }

  private static List<Finding> found(Agenda agenda, RuleSettings settings, String ruleId) {
    return RuleSet.standard().withSettings(settings).validate(agenda).forRule(ruleId);
  }

  private static Duration m(long minutes, long seconds) {
    return Duration.ofMinutes(minutes).plusSeconds(seconds);
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
