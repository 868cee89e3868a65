package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTests {
  private static final Readiness READINESS = Readiness.standard();

  @Test
  void sampleMeetingIsFullyPrepared() {
    PreparationScore score = READINESS.score(SampleMeeting.agenda());

    assertThat(score.total()).isEqualTo(100);
    assertThat(score.possible()).isEqualTo(100);
    assertThat(score.gaps()).isEmpty();
    assertThat(score.lines()).extracting(ReadinessLine::reason).containsExactly(
        "3 research notes on Dana Reyes, from LinkedIn, company site, conference programme;"
            + " 3 wanted: 25 of 25 points",
        "6 of 6 questions link a research note: 25 of 25 points",
        "88 words take 0:38 at 140 words a minute, within the overview's 2:00 target: 20 of 20"
            + " points",
        "purpose stated in 21 words: 10 of 10 points",
        "5 of 5 preparation steps done: 20 of 20 points");
    assertThat(score).hasToString("preparation 100/100; ready");
  }

  @Test
  void thinHomeworkLosesPointsWithAReasonForEach() {
    Agenda agenda = Agenda.builder()
        .plan(MeetingPlans.twentyMinute())
        .counterpart(Contact.builder().name("Lee Park")
            .addNote(ResearchNote.of("n1", "Runs the data team at Harbor", "LinkedIn")).build())
        .overview(words(400))
        .addItem(question("q1", "n1"))
        .addItem(question("q2", null))
        .build();

    PreparationScore score = READINESS.score(agenda);

    assertThat(score.lines()).extracting(ReadinessLine::earned).containsExactly(8, 13, 14, 0, 0);
    assertThat(score.total()).isEqualTo(35);
    assertThat(score.lines()).extracting(ReadinessLine::reason).containsExactly(
        "1 research note on Lee Park, from LinkedIn; 3 wanted, on their background, current"
            + " role and what they do now: 8 of 25 points",
        "1 of 2 questions link a research note; q2 does not tie to their background: 13 of 25"
            + " points",
        "400 words take 2:52 at 140 words a minute, past the overview's 2:00 target (280"
            + " words); only the share that fits counts: 14 of 20 points",
        "no purpose stated; say in a sentence why you asked for the meeting: 0 of 10 points",
        "0 of 5 preparation steps done; not done: research, questions, overview, purpose,"
            + " thanked-when-agreed: 0 of 20 points");
    assertThat(score.gaps()).containsExactly(ReadinessCheck.values());
  }

  @Test
  void nothingPreparedEarnsOnlyTheEmptyChecklist() {
    Agenda agenda = Agenda.builder().plan(MeetingPlans.twentyMinute())
        .counterpart(Contact.named("Lee Park")).preparation(Preparation.builder().build())
        .build();

    PreparationScore score = READINESS.score(agenda);

    assertThat(score.total()).isEqualTo(20);
    assertThat(score.line(ReadinessCheck.COUNTERPART_RESEARCHED).orElseThrow().reason())
        .isEqualTo("no research notes on Lee Park; 3 wanted, on their background, current role"
            + " and what they do now: 0 of 25 points");
    assertThat(score.line(ReadinessCheck.QUESTIONS_LINKED).orElseThrow().reason())
        .isEqualTo("no prepared questions; prepare questions tied to their background: 0 of 25"
            + " points");
    assertThat(score.line(ReadinessCheck.OVERVIEW_SPEAKABLE).orElseThrow().reason())
        .isEqualTo("no career overview written: 0 of 20 points");
    assertThat(score.line(ReadinessCheck.CHECKLIST_DONE).orElseThrow().reason())
        .isEqualTo("the preparation checklist has no steps: 20 of 20 points");
  }

  @Test
  void overviewExactlyAtTheTargetIsSpeakable() {
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda()).overview(words(280)).build();

    ReadinessLine line = READINESS.score(agenda).line(ReadinessCheck.OVERVIEW_SPEAKABLE)
        .orElseThrow();
    assertThat(line.earned()).isEqualTo(20);
    assertThat(line.reason()).isEqualTo("280 words take 2:00 at 140 words a minute, within the"
        + " overview's 2:00 target: 20 of 20 points");
    assertThat(READINESS.speakingTime(words(281))).isEqualTo(Duration.ofSeconds(121));
  }

  @Test
  void planWithoutAnOverviewPhaseDoesNotTimeTheOverview() {
    MeetingPlan coffee = MeetingPlan.builder().name("Coffee chat")
        .budget(Duration.ofMinutes(15)).hardCeiling(Duration.ofMinutes(20))
        .addPhase(MeetingPlans.discussion(io.github.twentyminute.plan.TimeBox.ofMinutes(10, 15,
            15)))
        .build();
    Agenda agenda = Agenda.builder().plan(coffee).counterpart(Contact.named("Lee Park")).build();

    assertThat(READINESS.score(agenda).line(ReadinessCheck.OVERVIEW_SPEAKABLE).orElseThrow()
        .reason()).isEqualTo("plan \"Coffee chat\" has no overview phase, so the overview is not"
            + " timed: 20 of 20 points");
  }

  @Test
  void slowerSpeakerHasLessRoom() {
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda()).overview(words(280)).build();

    assertThat(Readiness.of(130, 3).score(agenda).line(ReadinessCheck.OVERVIEW_SPEAKABLE)
        .orElseThrow().earned()).isEqualTo(19); // 260 of 280 words fit
  }

  @Test
  void sharesOfTheChecksAddUpToHundred() {
    int total = 0;
    for (ReadinessCheck check : ReadinessCheck.values()) {
      total += check.points();
    }
    assertThat(total).isEqualTo(100);
  }

  @Test
  void rejectsMisuse() {
    assertThatThrownBy(() -> Readiness.of(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("words per minute must be at least 1, but was 0");
    assertThatThrownBy(() -> Readiness.of(140, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("research notes wanted must be at least 1, but was 0");
    assertThatThrownBy(() -> PreparationScore.of(List.of(
        ReadinessLine.of(ReadinessCheck.PURPOSE_STATED, 10, "stated"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preparation score needs one line per check in the order"
            + " [COUNTERPART_RESEARCHED, QUESTIONS_LINKED, OVERVIEW_SPEAKABLE, PURPOSE_STATED,"
            + " CHECKLIST_DONE], but has lines for [PURPOSE_STATED]");
    assertThatThrownBy(() -> ReadinessLine.of(ReadinessCheck.PURPOSE_STATED, 11, "stated"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readiness line purpose-stated earned must be 0 to 10, but was 11");
  }

  @Test
  void countsWords() {
    assertThat(Readiness.words("")).isZero();
    assertThat(Readiness.words("  one\ttwo \n three ")).isEqualTo(3);
  }

  private static AgendaItem question(String id, String note) {
    var item = AgendaItem.builder().id(id).phase(PhaseId.DISCUSSION).kind(ItemKind.QUESTION)
        .text("Question " + id).planned(Duration.ofMinutes(3));
    if (note != null) {
      item.addLinkedNote(note);
    }
    return item.build();
  }

  private static String words(int n) {
    return "word ".repeat(n).strip();
  }
}
