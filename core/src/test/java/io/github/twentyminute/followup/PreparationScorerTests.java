package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparationScorerTests {
  private static final PreparationScorer SCORER = PreparationScorer.standard();

  private static Finding finding(PreparationScore score, PreparationCheck check) {
    return score.line(check).orElseThrow().finding();
  }

  @Test
  void sampleMeetingIsFullyPrepared() {
    PreparationScore score = SCORER.score(SampleMeeting.agenda());

    assertThat(score.total()).isEqualTo(100);
    assertThat(score.possible()).isEqualTo(100);
    assertThat(score.gaps()).isEmpty();
    assertThat(score.lines()).extracting(l -> l.finding().key()).containsExactly(
        "preparation.counterpart-researched.enough", "preparation.questions-linked.all",
        "preparation.overview-speakable", "preparation.purpose-stated",
        "preparation.checklist-done");
    assertThat(finding(score, PreparationCheck.COUNTERPART_RESEARCHED).arguments()).isEqualTo(
        Arguments.builder().text("counterpart", "Dana Reyes").count("wanted", 3)
            .count("notes", 3).text("sources", "LinkedIn, company site, conference programme")
            .count("earned", 25).count("possible", 25).build());
    Arguments overview = finding(score, PreparationCheck.OVERVIEW_SPEAKABLE).arguments();
    assertThat(overview.count("words")).isEqualTo(88);
    assertThat(overview.duration("speakingTime")).isEqualTo(Duration.ofSeconds(38));
    assertThat(overview.count("wordsPerMinute")).isEqualTo(140);
    assertThat(overview.duration("target")).isEqualTo(Duration.ofMinutes(2));
    assertThat(finding(score, PreparationCheck.PURPOSE_STATED).arguments().count("words"))
        .isEqualTo(21);
    assertThat(score.lines()).extracting(l -> l.finding().id()).containsExactly(
        "preparation.counterpart-researched", "preparation.questions-linked",
        "preparation.overview-speakable", "preparation.purpose-stated",
        "preparation.checklist-done");
    assertThat(score.lines()).extracting(l -> l.finding().location().toString()).containsExactly(
        "counterpart.notes", "items", "overview", "purpose", "preparation.steps");
    assertThat(score).hasToString("preparation 100/100; ready");
  }

  @Test
  void thinPreparationLosesPointsWithAFindingForEach() {
    Agenda agenda = Agenda.builder()
        .plan(MeetingPlans.twentyMinute())
        .counterpart(Contact.builder().name("Lee Park")
            .addNote(ResearchNote.of("n1", "Runs the data team at Harbor", "LinkedIn")).build())
        .overview(words(400))
        .addItem(question("q1", "n1"))
        .addItem(question("q2", null))
        .build();

    PreparationScore score = SCORER.score(agenda);

    assertThat(score.lines()).extracting(PreparationLine::earned).containsExactly(8, 13, 14, 0, 0);
    assertThat(score.lines()).extracting(PreparationLine::lost)
        .containsExactly(17, 12, 6, 10, 20);
    assertThat(score.total()).isEqualTo(35);
    assertThat(score.lines()).extracting(l -> l.finding().key()).containsExactly(
        "preparation.counterpart-researched", "preparation.questions-linked",
        "preparation.overview-speakable.too-long", "preparation.purpose-stated.none",
        "preparation.checklist-done.open");
    assertThat(finding(score, PreparationCheck.COUNTERPART_RESEARCHED).arguments().count("notes"))
        .isEqualTo(1);
    Arguments questions = finding(score, PreparationCheck.QUESTIONS_LINKED).arguments();
    assertThat(questions.count("linked")).isEqualTo(1);
    assertThat(questions.count("questions")).isEqualTo(2);
    assertThat(questions.count("unlinkedCount")).isEqualTo(1);
    assertThat(questions.text("unlinked")).isEqualTo("q2");
    Arguments overview = finding(score, PreparationCheck.OVERVIEW_SPEAKABLE).arguments();
    assertThat(overview.count("allowed")).isEqualTo(280);
    assertThat(overview.duration("speakingTime")).isEqualTo(Duration.ofSeconds(172));
    Arguments checklist = finding(score, PreparationCheck.CHECKLIST_DONE).arguments();
    assertThat(checklist.count("done")).isZero();
    assertThat(checklist.count("steps")).isEqualTo(5);
    assertThat(checklist.text("open"))
        .isEqualTo("research, questions, overview, purpose, thanked-when-agreed");
    assertThat(score.gaps()).containsExactly(PreparationCheck.values());
    assertThat(score).hasToString("preparation 35/100; gaps: counterpart-researched,"
        + " questions-linked, overview-speakable, purpose-stated, checklist-done");
  }

  @Test
  void nothingPreparedEarnsOnlyTheEmptyChecklist() {
    Agenda agenda = Agenda.builder().plan(MeetingPlans.twentyMinute())
        .counterpart(Contact.named("Lee Park")).preparation(Preparation.builder().build())
        .build();

    PreparationScore score = SCORER.score(agenda);

    assertThat(score.total()).isEqualTo(20);
    assertThat(score.lines()).extracting(l -> l.finding().key()).containsExactly(
        "preparation.counterpart-researched.none", "preparation.questions-linked.none",
        "preparation.overview-speakable.none", "preparation.purpose-stated.none",
        "preparation.checklist-done.empty");
    assertThat(finding(score, PreparationCheck.COUNTERPART_RESEARCHED)).isEqualTo(Finding.of(
        "preparation.counterpart-researched", Location.parse("counterpart.notes"),
        "preparation.counterpart-researched.none", Arguments.builder()
            .text("counterpart", "Lee Park").count("wanted", 3).count("earned", 0)
            .count("possible", 25).build()));
  }

  @Test
  void overviewExactlyAtTheTargetIsSpeakable() {
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda()).overview(words(280)).build();

    PreparationLine line = SCORER.score(agenda).line(PreparationCheck.OVERVIEW_SPEAKABLE)
        .orElseThrow();
    assertThat(line.earned()).isEqualTo(20);
    assertThat(line.finding().key()).isEqualTo("preparation.overview-speakable");
    assertThat(line.finding().arguments().duration("speakingTime"))
        .isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void countsWordsAsTheRulesDo() {
    // a lone dash is no word, for the rules and the preparation score alike
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda()).overview("one - two").build();

    assertThat(finding(SCORER.score(agenda), PreparationCheck.OVERVIEW_SPEAKABLE).arguments()
        .count("words")).isEqualTo(2);
  }

  @Test
  void planWithoutAnOverviewPhaseDoesNotTimeTheOverview() {
    MeetingPlan coffee = MeetingPlan.builder().name("Coffee chat")
        .budget(Duration.ofMinutes(15)).hardCeiling(Duration.ofMinutes(20))
        .addPhase(MeetingPlans.discussion(io.github.twentyminute.plan.TimeBox.ofMinutes(10, 15,
            15)))
        .build();
    Agenda agenda = Agenda.builder().plan(coffee).counterpart(Contact.named("Lee Park")).build();

    Finding overview = finding(SCORER.score(agenda), PreparationCheck.OVERVIEW_SPEAKABLE);
    assertThat(overview.key()).isEqualTo("preparation.overview-speakable.no-phase");
    assertThat(overview.arguments().text("plan")).isEqualTo("Coffee chat");
    assertThat(overview.arguments().count("earned")).isEqualTo(20);
  }

  @Test
  void slowerSpeakerHasLessRoom() {
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda()).overview(words(280)).build();

    assertThat(PreparationScorer.of(130, 3).score(agenda)
        .line(PreparationCheck.OVERVIEW_SPEAKABLE).orElseThrow().earned())
        .isEqualTo(19); // 260 of 280 words fit
  }

  @Test
  void sharesOfTheChecksAddUpToHundred() {
    int total = 0;
    for (PreparationCheck check : PreparationCheck.values()) {
      total += check.points();
    }
    assertThat(total).isEqualTo(100);
    assertThat(PreparationCheck.QUESTIONS_LINKED.findingId())
        .isEqualTo("preparation.questions-linked");
  }

  @Test
  void keepsItsOwnRateAndResearchTarget() {
    PreparationScorer scorer = PreparationScorer.of(150, 2);

    assertThat(scorer.wordsPerMinute()).isEqualTo(150);
    assertThat(scorer.researchNotesWanted()).isEqualTo(2);
    assertThat(scorer).hasToString("PreparationScorer(150 words a minute, 2 research notes"
        + " wanted)");
    assertThat(PreparationScorer.standard().wordsPerMinute()).isEqualTo(140);
    assertThat(PreparationScorer.standard().researchNotesWanted()).isEqualTo(3);
  }

  @Test
  void rejectsMisuse() {
    assertThatThrownBy(() -> PreparationScorer.of(59, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("words per minute must be from 60 to 300 (people speak about 130 to 150),"
            + " but was 59");
    assertThatThrownBy(() -> PreparationScorer.of(140, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("research notes wanted must be at least 1, but was 0");
    Finding stated = Finding.of("preparation.purpose-stated", Location.of("purpose"),
        Arguments.builder().count("words", 3).count("earned", 10).count("possible", 10).build());
    assertThatThrownBy(() -> PreparationScore.of(List.of(
        PreparationLine.of(PreparationCheck.PURPOSE_STATED, 10, stated))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preparation score needs one line per check in the order"
            + " [COUNTERPART_RESEARCHED, QUESTIONS_LINKED, OVERVIEW_SPEAKABLE, PURPOSE_STATED,"
            + " CHECKLIST_DONE], but has lines for [PURPOSE_STATED]");
    assertThatThrownBy(() -> PreparationLine.of(PreparationCheck.PURPOSE_STATED, 11, stated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preparation line purpose-stated earned must be 0 to 10, but was 11");
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
