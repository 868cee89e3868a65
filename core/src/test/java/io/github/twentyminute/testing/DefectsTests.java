package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.RuleSettings;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which form each defect takes at the lowest, middle and highest draws. */
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
}
