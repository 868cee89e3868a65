package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.RuleSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which form each defect takes at the lowest, middle and highest draws, and, with scripted
 * draws on the simplest valid agenda, exactly how far each defect goes.
 */
class DefectsTests {
  private static final Randomness HIGHEST = (min, max) -> max;
  private static final Randomness MIDDLE = (min, max) -> min + (max - min + 1) / 2;

  private final AgendaGenerator generator = AgendaGenerator.standard();
  private final RuleSettings settings = RuleSettings.builder().build();

  private Agenda defective(Randomness randomness, AgendaDefect defect) {
    return generator.withDefect(randomness, defect);
  }

  private static List<AgendaItem> questions(Agenda agenda) {
    return agenda.items().stream().filter(i -> i.kind() == ItemKind.QUESTION)
        .collect(Collectors.toList());
  }

  @Test
  void homeworkGoesMissingAsNoRoleNoOrganisationOrTooFewNotes() {
    Agenda noRole = defective(Randomness.simplest(), AgendaDefect.HOMEWORK_COUNTERPART);
    Agenda noOrganisation = defective(MIDDLE, AgendaDefect.HOMEWORK_COUNTERPART);
    Agenda fewNotes = defective(HIGHEST, AgendaDefect.HOMEWORK_COUNTERPART);

    assertThat(noRole.counterpart().role()).isEmpty();
    assertThat(noRole.counterpart().organisation()).isNotEmpty();
    assertThat(noOrganisation.counterpart().organisation()).isEmpty();
    assertThat(noOrganisation.counterpart().role()).isNotEmpty();
    assertThat(fewNotes.counterpart().notes()).extracting(n -> n.id()).containsExactly("n1");
    assertThat(fewNotes.counterpart().role()).isNotEmpty();
    assertThat(questions(fewNotes)).allSatisfy(q -> assertThat(q.linkedNotes())
        .containsExactly("n1"));
  }

  @Test
  void anOverviewIsMadeAResumeOrLosesItsClosing() {
    Agenda resume = defective(Randomness.simplest(), AgendaDefect.OVERVIEW_NOT_RESUME);
    Agenda unclosed = defective(HIGHEST, AgendaDefect.OVERVIEW_NOT_RESUME);

    assertThat(resume.overview()).isEqualTo("I changed roles in 1990, 1991, 1992 and 1993. "
        + AgendaGenerator.OVERVIEW_CLOSINGS.get(0));
    assertThat(AgendaGenerator.OVERVIEW_CLOSINGS).noneMatch(c -> unclosed.overview().endsWith(c));
    assertThat(unclosed.overview()).isEqualTo("I have handled claims for six years.");
  }

  @Test
  void anOverviewIsEmptiedOrMadeTooLongToSay() {
    Agenda empty = defective(Randomness.simplest(), AgendaDefect.OVERVIEW_LENGTH);
    Agenda tooLong = defective(HIGHEST, AgendaDefect.OVERVIEW_LENGTH);

    assertThat(empty.overview()).isEmpty();
    long planned = tooLong.planned(PhaseId.OVERVIEW).getSeconds();
    assertThat((long) Words.count(tooLong.overview()) * 60)
        .isGreaterThan(planned * settings.wordsPerMinute());
  }

  @Test
  void aPurposeIsEmptiedOrMadeTooLong() {
    assertThat(defective(Randomness.simplest(), AgendaDefect.AGENDA_PURPOSE).purpose()).isEmpty();
    assertThat(Words.count(defective(HIGHEST, AgendaDefect.AGENDA_PURPOSE).purpose()))
        .isGreaterThan(settings.maximumPurposeWords());
  }

  @Test
  void aJobRequestGoesIntoAQuestionOrThePurpose() {
    Agenda inQuestion = defective(Randomness.simplest(), AgendaDefect.DISCUSSION_NO_JOB_REQUEST);
    Agenda inPurpose = defective(HIGHEST, AgendaDefect.DISCUSSION_NO_JOB_REQUEST);

    assertThat(questions(inQuestion).get(0).text())
        .isEqualTo("Is there an open position on your team I could apply for?");
    assertThat(inPurpose.purpose()).isEqualTo("Find out whether your team has an opening for me");
  }

  @Test
  void theQuestionCountIsMadeTooLowOrTooHigh() {
    Agenda tooFew = defective(Randomness.simplest(), AgendaDefect.DISCUSSION_QUESTIONS);
    Agenda tooMany = defective(HIGHEST, AgendaDefect.DISCUSSION_QUESTIONS);

    assertThat(questions(tooFew)).hasSize(1);
    long capacity = settings.questionsThatFit(tooMany.plan().requirePhase(PhaseId.DISCUSSION)
        .timeBox().max());
    assertThat((long) questions(tooMany).size()).isGreaterThan(capacity);
  }

  @Test
  void anItemWithoutTimeAlwaysHasASiblingThatTookItsTime() {
    RuleSet rules = RuleSet.standard();
    for (long seed = 0; seed < 60; seed++) {
      Agenda agenda = defective(Randomness.seeded(seed), AgendaDefect.ITEM_DURATION);
      assertThat(rules.validate(agenda).rulesFired()).as("seed %s", seed)
          .containsExactly(AgendaDefect.ITEM_DURATION.ruleId());
      assertThat(agenda.item("o1").orElseThrow().planned()).isPositive();
    }
  }

  @Test
  void aMinimumOfTwoQuestionsCanBeMissedWithOne() {
    AgendaGenerator two = AgendaGenerator.forSettings(RuleSettings.builder().minimumQuestions(2)
        .build());

    assertThat(questions(two.withDefect(Randomness.simplest(), AgendaDefect.DISCUSSION_QUESTIONS)))
        .hasSize(1);
  }

  @Test
  void refusesSettingsUnderWhichTheQuestionCountCannotBeWrong() {
    AgendaGenerator roomy = AgendaGenerator.forSettings(RuleSettings.builder().minimumQuestions(1)
        .questionPace(java.time.Duration.ofSeconds(1)).build());

    assertThatThrownBy(() -> roomy.withDefect(Randomness.simplest(),
        AgendaDefect.DISCUSSION_QUESTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot make the question count wrong with a minimum of 1"
            + " questions and room for ");
  }

  /**
   * Returns the simplest valid agenda: a 9:00 budget equal to its ceiling, items i1 and i3 of
   * 0:30, o1 of 1:00 whose overview is only the first closing, q1 to q3 of 2:00 in a discussion
   * of 6:00 to 7:00, e1 to e3 of 0:20, and the first purpose.
   */
  private Agenda simplest() {
    return generator.valid(Randomness.simplest());
  }

  private static Agenda apply(RuleSettings settings, Randomness randomness, Agenda agenda,
      AgendaDefect defect) {
    return new Defects(settings, randomness).apply(agenda, defect);
  }

  private static List<Long> plannedSeconds(Agenda agenda) {
    return agenda.items().stream().map(i -> i.planned().getSeconds())
        .collect(Collectors.toList());
  }

  private static Agenda withPlanned(Agenda agenda, String id, long seconds) {
    List<AgendaItem> items = new ArrayList<>(agenda.items());
    int index = agenda.indexOf(id);
    items.set(index, items.get(index).withPlanned(Duration.ofSeconds(seconds)));
    return agenda.withItems(items);
  }

  @Test
  void theSimplestAgendaIsTheOneTheScriptedDefectsStartFrom() {
    Agenda agenda = simplest();

    assertThat(agenda.plan().budget()).isEqualTo(Duration.ofSeconds(540));
    assertThat(agenda.plan().hardCeiling()).isEqualTo(Duration.ofSeconds(540));
    assertThat(agenda.plan().requirePhase(PhaseId.DISCUSSION).timeBox().target())
        .isEqualTo(Duration.ofSeconds(360));
    assertThat(agenda.plan().requirePhase(PhaseId.DISCUSSION).timeBox().max())
        .isEqualTo(Duration.ofSeconds(420));
    assertThat(agenda.items()).extracting(AgendaItem::id)
        .containsExactly("i1", "i3", "o1", "q1", "q2", "q3", "e1", "e2", "e3");
    assertThat(plannedSeconds(agenda)).containsExactly(30L, 30L, 60L, 120L, 120L, 120L, 20L, 20L,
        20L);
    assertThat(agenda.overview()).isEqualTo(AgendaGenerator.OVERVIEW_CLOSINGS.get(0));
    assertThat(Words.count(agenda.overview())).isEqualTo(13);
    assertThat(agenda.purpose()).isEqualTo(AgendaGenerator.PURPOSES.get(0));
    assertThat(Words.count(agenda.purpose())).isEqualTo(14);
  }

  @Test
  void aBudgetEqualToItsCeilingGetsTheCeilingRaisedAndAQuestionTheWholeDiscussionRoom() {
    ScriptedRandomness draws = ScriptedRandomness.of(40, 60, 2);

    Agenda over = apply(settings, draws, simplest(), AgendaDefect.BUDGET_TOTAL);

    assertThat(draws.ranges()).containsExactly("1..40", "1..60", "0..2");
    assertThat(over.plan().budget()).isEqualTo(Duration.ofSeconds(540));
    assertThat(over.plan().hardCeiling()).isEqualTo(Duration.ofSeconds(540 + 40 * 15));
    assertThat(plannedSeconds(over)).containsExactly(30L, 30L, 60L, 120L, 120L, 180L, 20L, 20L,
        20L);
    assertThat(RuleSet.standard().validate(over).rulesFired())
        .containsExactly(AgendaDefect.BUDGET_TOTAL.ruleId());
  }

  @Test
  void aBudgetOverrunStaysWithinACeilingCloserThanTheDiscussionMaximum() {
    ScriptedRandomness draws = ScriptedRandomness.of(1, 15, 0);

    Agenda over = apply(settings, draws, simplest(), AgendaDefect.BUDGET_TOTAL);

    assertThat(draws.ranges()).containsExactly("1..40", "1..15", "0..2");
    assertThat(over.plan().hardCeiling()).isEqualTo(Duration.ofSeconds(555));
    assertThat(plannedSeconds(over)).containsExactly(30L, 30L, 60L, 135L, 120L, 120L, 20L, 20L,
        20L);
    assertThat(RuleSet.standard().validate(over).rulesFired())
        .containsExactly(AgendaDefect.BUDGET_TOTAL.ruleId());
  }

  @Test
  void aCeilingIsLoweredToTheBudgetPlusTheGraceAndAQuestionGoesPastIt() {
    ScriptedRandomness draws = ScriptedRandomness.of(59, 60, 0);

    Agenda over = apply(settings, draws, simplest(), AgendaDefect.BUDGET_CEILING);

    assertThat(draws.ranges()).containsExactly("0..59", "60..60", "0..2");
    assertThat(over.plan().budget()).isEqualTo(Duration.ofSeconds(540));
    assertThat(over.plan().hardCeiling()).isEqualTo(Duration.ofSeconds(599));
    assertThat(plannedSeconds(over)).containsExactly(30L, 30L, 60L, 180L, 120L, 120L, 20L, 20L,
        20L);
    assertThat(RuleSet.standard().validate(over).rulesFired())
        .containsExactly(AgendaDefect.BUDGET_CEILING.ruleId());
  }

  @Test
  void anItemWithoutTimeGivesItToItsSiblingBeforeOrAfter() {
    ScriptedRandomness second = ScriptedRandomness.of(1);
    ScriptedRandomness last = ScriptedRandomness.of(7);

    Agenda introduction = apply(settings, second, simplest(), AgendaDefect.ITEM_DURATION);
    Agenda ending = apply(settings, last, simplest(), AgendaDefect.ITEM_DURATION);

    assertThat(second.ranges()).containsExactly("0..7");
    assertThat(plannedSeconds(introduction)).containsExactly(60L, 0L, 60L, 120L, 120L, 120L,
        20L, 20L, 20L);
    assertThat(last.ranges()).containsExactly("0..7");
    assertThat(plannedSeconds(ending)).containsExactly(30L, 30L, 60L, 120L, 120L, 120L, 20L,
        40L, 0L);
  }

  @Test
  void aFirstItemAloneInItsPhaseIsNeverMadeTimeless() {
    Agenda alone = withPlanned(simplest(), "i1", 60);
    List<AgendaItem> items = new ArrayList<>(alone.items());
    items.remove(alone.indexOf("i3"));
    alone = alone.withItems(items);
    ScriptedRandomness first = ScriptedRandomness.of(0);

    Agenda timeless = apply(settings, first, alone, AgendaDefect.ITEM_DURATION);

    assertThat(first.ranges()).containsExactly("0..5");
    assertThat(plannedSeconds(timeless)).containsExactly(60L, 60L, 0L, 240L, 120L, 20L, 20L,
        20L);
  }

  @Test
  void tooManyQuestionsAreMadeWhenThePlannedSecondsExceedTheRoomByOne() {
    RuleSettings oneMinimum = RuleSettings.builder().minimumQuestions(1)
        .questionPace(Duration.ofMillis(1169)).build();
    assertThat(oneMinimum.questionsThatFit(Duration.ofSeconds(420))).isEqualTo(359);
    ScriptedRandomness draws = ScriptedRandomness.of(1);

    Agenda tooMany = apply(oneMinimum, draws, simplest(), AgendaDefect.DISCUSSION_QUESTIONS);

    assertThat(draws.ranges().get(0)).isEqualTo("1..3");
    assertThat(questions(tooMany)).hasSize(360)
        .allSatisfy(q -> assertThat(q.planned()).isEqualTo(Duration.ofSeconds(1)));
    assertThat(questions(tooMany).get(359).id()).isEqualTo("q360");
  }

  @Test
  void refusesToMakeTooManyQuestionsWhenThePlannedSecondsOnlyEqualTheRoom() {
    RuleSettings oneMinimum = RuleSettings.builder().minimumQuestions(1)
        .questionPace(Duration.ofMillis(1166)).build();
    assertThat(oneMinimum.questionsThatFit(Duration.ofSeconds(420))).isEqualTo(360);

    assertThatThrownBy(() -> apply(oneMinimum, ScriptedRandomness.of(), simplest(),
        AgendaDefect.DISCUSSION_QUESTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot make the question count wrong with a minimum of 1 questions and room"
            + " for 360");
  }

  @Test
  void anOverviewThatExactlyFitsItsTimeGetsOneMoreSentence() {
    RuleSettings slow = RuleSettings.builder().wordsPerMinute(67).build();
    ScriptedRandomness draws = ScriptedRandomness.of(1);

    Agenda tooLong = apply(slow, draws, simplest(), AgendaDefect.OVERVIEW_LENGTH);

    List<String> body = AgendaGenerator.OVERVIEW_BODY;
    assertThat(draws.ranges()).containsExactly("0..1");
    assertThat(tooLong.overview()).isEqualTo(String.join(" ", body.get(0), body.get(3),
        body.get(2), body.get(1), body.get(0), AgendaGenerator.OVERVIEW_CLOSINGS.get(0)));
    assertThat(Words.count(tooLong.overview())).isEqualTo(67 + 15);
  }

  @Test
  void aResumeOverviewIsKeptWhenItExactlyFitsItsTime() {
    RuleSettings wordPerSecond = RuleSettings.builder().wordsPerMinute(60).build();
    ScriptedRandomness draws = ScriptedRandomness.of(1990, 1, 1, 1, 1, 0);
    String resume = "I changed roles in 1990, 1991, 1992 and 1993. "
        + AgendaGenerator.OVERVIEW_CLOSINGS.get(0);
    assertThat(Words.count(resume)).isEqualTo(22);

    Agenda asResume = apply(wordPerSecond, draws, withPlanned(simplest(), "o1", 22),
        AgendaDefect.OVERVIEW_NOT_RESUME);

    assertThat(draws.ranges()).containsExactly("1990..2005", "1..3", "1..3", "1..3", "1..3",
        "0..1");
    assertThat(asResume.overview()).isEqualTo(resume);
  }

  @Test
  void aResumeOverviewOneSecondTooLongToSayLosesItsClosingInstead() {
    RuleSettings wordPerSecond = RuleSettings.builder().wordsPerMinute(60).build();
    ScriptedRandomness draws = ScriptedRandomness.of(1990, 1, 1, 1, 1);

    Agenda unclosed = apply(wordPerSecond, draws, withPlanned(simplest(), "o1", 21),
        AgendaDefect.OVERVIEW_NOT_RESUME);

    assertThat(draws.ranges()).containsExactly("1990..2005", "1..3", "1..3", "1..3", "1..3");
    assertThat(unclosed.overview()).isEqualTo("I have handled claims for six years.");
  }

  @Test
  void aPurposeOfExactlyTheMostWordsIsMadeLonger() {
    RuleSettings fourteen = RuleSettings.builder().maximumPurposeWords(14).build();
    ScriptedRandomness draws = ScriptedRandomness.of(1, 2);

    Agenda tooLong = apply(fourteen, draws, simplest(), AgendaDefect.AGENDA_PURPOSE);

    assertThat(draws.ranges()).containsExactly("0..1", "0..2");
    assertThat(tooLong.purpose()).isEqualTo(AgendaGenerator.PURPOSES.get(0) + ", and "
        + AgendaGenerator.PURPOSES.get(2).toLowerCase(Locale.ROOT));
  }
}
