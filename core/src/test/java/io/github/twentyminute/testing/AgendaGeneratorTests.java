package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.RuleSettings;
import io.github.twentyminute.rules.ValidationReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgendaGeneratorTests {
  /** Always the upper bound: the other edge of every range the generators draw from. */
  private static final Randomness HIGHEST = (min, max) -> {
    Ranges.check(min, max);
    return max;
  };

  private final AgendaGenerator standard = AgendaGenerator.standard();
  private final RuleSet rules = RuleSet.standard();

  private static List<Randomness> randomnesses(int seeds) {
    List<Randomness> list = new ArrayList<>();
    list.add(Randomness.simplest());
    list.add(HIGHEST);
    for (long seed = 0; seed < seeds; seed++) {
      list.add(Randomness.seeded(seed));
    }
    return list;
  }

  private static RuleSettings otherSettings() {
    return RuleSettings.builder().minimumQuestions(5).wordsPerMinute(130)
        .questionPace(Duration.ofSeconds(100)).minimumResearchNotes(3).maximumOverviewYears(0)
        .build();
  }

  private static List<String> ids(Agenda agenda) {
    return agenda.items().stream().map(AgendaItem::id).collect(Collectors.toList());
  }

  private static long questions(Agenda agenda) {
    return agenda.items().stream().filter(i -> i.kind() == ItemKind.QUESTION).count();
  }

  @Test
  void validAgendasPassEveryRuleAtBothEdgesAndInBetween() {
    for (Randomness randomness : randomnesses(25)) {
      Agenda agenda = standard.valid(randomness);
      ValidationReport report = rules.validate(agenda);
      assertThat(report.findings()).as(report.summary()).isEmpty();
      assertThat(questions(agenda)).isBetween(3L, 9L);
      assertThat(agenda.counterpart().notes().size()).isBetween(2, 5);
      assertThat(agenda.items().stream().allMatch(i -> !i.planned().isZero())).isTrue();
    }
  }

  @Test
  void theLowestDrawsGiveTheSmallestAgenda() {
    Agenda agenda = standard.valid(Randomness.simplest());

    assertThat(ids(agenda)).containsExactly("i1", "i3", "o1", "q1", "q2", "q3", "e1", "e2", "e3");
    assertThat(agenda.counterpart().notes()).hasSize(2);
    assertThat(agenda.scheduledStart()).isEmpty();
    assertThat(agenda.overview()).isEqualTo(AgendaGenerator.OVERVIEW_CLOSINGS.get(0));
  }

  @Test
  void theHighestDrawsGiveTheLargestAgenda() {
    Agenda agenda = standard.valid(HIGHEST);

    assertThat(ids(agenda)).startsWith("i1", "i2", "i3", "o1", "q1").endsWith("e1", "e2", "e3");
    assertThat(agenda.counterpart().notes()).hasSize(5);
    assertThat(agenda.scheduledStart()).contains(java.time.Instant.parse("2026-03-06T09:00:00Z"));
    assertThat(agenda.overview()).endsWith(AgendaGenerator.OVERVIEW_CLOSINGS
        .get(AgendaGenerator.OVERVIEW_CLOSINGS.size() - 1));
  }

  @Test
  void eachDefectFailsExactlyItsOwnRule() {
    for (AgendaDefect defect : AgendaDefect.values()) {
      List<Randomness> all = randomnesses(12);
      for (int r = 0; r < all.size(); r++) {
        ValidationReport report = rules.validate(standard.withDefect(all.get(r), defect));
        assertThat(report.rulesFired()).as("%s randomness %s: %s", defect, r, report.summary())
            .containsExactly(defect.ruleId());
      }
    }
  }

  @Test
  void eachDefectFailsExactlyItsOwnRuleUnderOtherSettings() {
    RuleSettings settings = otherSettings();
    AgendaGenerator generator = AgendaGenerator.forSettings(settings);
    RuleSet tuned = rules.withSettings(settings);
    assertThat(generator.settings()).isEqualTo(settings);
    for (AgendaDefect defect : AgendaDefect.values()) {
      List<Randomness> all = randomnesses(6);
      for (int r = 0; r < all.size(); r++) {
        ValidationReport report = tuned.validate(generator.withDefect(all.get(r), defect));
        assertThat(report.rulesFired()).as("%s randomness %s: %s", defect, r, report.summary())
            .containsExactly(defect.ruleId());
      }
    }
    for (Randomness randomness : randomnesses(6)) {
      assertThat(tuned.validate(generator.valid(randomness)).findings()).isEmpty();
    }
  }

  @Test
  void tooManyQuestionsWhenTooFewCannotBeWrong() {
    RuleSettings settings = RuleSettings.builder().minimumQuestions(1).build();
    AgendaGenerator generator = AgendaGenerator.forSettings(settings);
    RuleSet tuned = rules.withSettings(settings);
    for (Randomness randomness : randomnesses(6)) {
      Agenda agenda = generator.withDefect(randomness, AgendaDefect.DISCUSSION_QUESTIONS);
      assertThat(tuned.validate(agenda).rulesFired())
          .containsExactly(AgendaDefect.DISCUSSION_QUESTIONS.ruleId());
      assertThat(questions(agenda)).isGreaterThan(
          settings.questionsThatFit(agenda.plan().requirePhase(PhaseId.DISCUSSION).timeBox()
              .max()));
    }
  }

  @Test
  void anyGivesValidAndDefectiveAgendas() {
    assertThat(rules.validate(standard.any(Randomness.simplest())).findings()).isEmpty();
    assertThat(rules.validate(standard.any(HIGHEST)).rulesFired())
        .containsExactly(AgendaDefect.AGENDA_PURPOSE.ruleId());
    int valid = 0;
    for (long seed = 0; seed < 20; seed++) {
      ValidationReport report = rules.validate(standard.any(Randomness.seeded(seed)));
      valid += report.findings().isEmpty() ? 1 : 0;
      assertThat(report.rulesFired()).hasSizeLessThanOrEqualTo(1);
    }
    assertThat(valid).isBetween(1, 19);
  }

  @Test
  void sizedAgendasHaveExactlyTheItemsAskedFor() {
    assertThat(standard.smallestSize()).isEqualTo(9);
    assertThat(AgendaGenerator.forSettings(RuleSettings.builder().minimumQuestions(0).build())
        .smallestSize()).isEqualTo(7);
    for (int size : new int[] {9, 10, 25}) {
      for (Randomness randomness : randomnesses(3)) {
        Agenda agenda = standard.validWithItems(randomness, size);
        assertThat(agenda.items()).hasSize(size);
        assertThat(agenda.item("i2").isPresent()).isEqualTo(size > 9);
        assertThat(rules.validate(agenda).findings()).as(rules.validate(agenda).summary())
            .isEmpty();
      }
    }
    assertThatThrownBy(() -> standard.validWithItems(Randomness.simplest(), 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an agenda that follows the method has at least 9 items (two introduction"
            + " cues, the overview, 3 questions, three ending cues), but 8 were asked for");
  }

  @Test
  void splitSharesTheWholeInPartsOfAtLeastOne() {
    assertThat(AgendaGenerator.split(Randomness.simplest(), 10, 3)).containsExactly(4, 3, 3);
    assertThat(AgendaGenerator.split(HIGHEST, 11, 3)).containsExactly(5, 3, 3);
    int[] draws = {1, 4, 2};
    int[] next = {0};
    Randomness fixed = (min, max) -> draws[next[0]++];
    assertThat(AgendaGenerator.split(fixed, 100, 3)).containsExactly(16, 56, 28);
    for (Randomness randomness : randomnesses(10)) {
      int[] split = AgendaGenerator.split(randomness, 37, 5);
      assertThat(Arrays.stream(split).sum()).isEqualTo(37);
      assertThat(Arrays.stream(split).min().orElseThrow()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void refusesNullArguments() {
    assertThatThrownBy(() -> standard.valid(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("randomness");
    assertThatThrownBy(() -> standard.withDefect(Randomness.simplest(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("defect");
  }
}
