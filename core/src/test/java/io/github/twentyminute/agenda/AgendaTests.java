package io.github.twentyminute.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaTests {
  private static final String BOOK = "The 20-minute networking meeting";

  private static Duration sec(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  private static Agenda.Builder agenda() {
    return Agenda.builder().plan(MeetingPlans.twentyMinute())
        .counterpart(SampleMeeting.counterpart());
  }

  private static AgendaItem question(String id) {
    return AgendaItem.question(id, "What changed?", Duration.ofMinutes(3));
  }

  @Test
  void defaultsToNoPurposeNoOverviewAndTheStandardChecklist() {
    Agenda agenda = agenda().build();

    assertThat(agenda.purpose()).isEmpty();
    assertThat(agenda.overview()).isEmpty();
    assertThat(agenda.items()).isEmpty();
    assertThat(agenda.preparation()).isEqualTo(Preparation.standard());
    assertThat(agenda.scheduledStart()).isEmpty();
    assertThat(agenda.totalPlanned()).isZero();
  }

  @Test
  void plannedByPhaseFollowsThePlanOrderWithZeroForEmptyPhases() {
    Agenda agenda = agenda()
        .addItem(AgendaItem.cue("e1", PhaseId.ENDING, "thanks.closing", "Thank you", sec(30)))
        .addItem(question("q1"))
        .addItem(AgendaItem.question("q2", "Who else?", sec(90)))
        .build();

    assertThat(agenda.plannedByPhase()).containsExactly(
        Map.entry(PhaseId.INTRODUCTION, Duration.ZERO),
        Map.entry(PhaseId.OVERVIEW, Duration.ZERO),
        Map.entry(PhaseId.DISCUSSION, sec(270)),
        Map.entry(PhaseId.ENDING, sec(30)));
    assertThat(agenda.totalPlanned()).isEqualTo(sec(300));
    assertThat(agenda.planned(PhaseId.DISCUSSION)).isEqualTo(sec(270));
    assertThat(agenda.planned(PhaseId.OVERVIEW)).isZero();
    assertThat(agenda.planned(PhaseId.of("panel"))).isZero();
  }

  @Test
  void plannedByPhaseCannotBeChanged() {
    Agenda agenda = agenda().addItem(question("q1")).build();

    assertThatThrownBy(() -> agenda.plannedByPhase().put(PhaseId.ENDING, Duration.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void findsItemsByPhaseAndById() {
    AgendaItem q1 = question("q1");
    AgendaItem e1 = AgendaItem.cue("e1", PhaseId.ENDING, "thanks.closing", "Thank you", sec(30));
    AgendaItem q2 = question("q2");
    Agenda agenda = agenda().addItems(q1, e1, q2).build();

    assertThat(agenda.items(PhaseId.DISCUSSION)).containsExactly(q1, q2);
    assertThat(agenda.items(PhaseId.ENDING)).containsExactly(e1);
    assertThat(agenda.items(PhaseId.OVERVIEW)).isEmpty();
    assertThat(agenda.item("e1")).contains(e1);
    assertThat(agenda.item("x")).isEmpty();
    assertThat(agenda.indexOf("q1")).isZero();
    assertThat(agenda.indexOf("q2")).isEqualTo(2);
    assertThat(agenda.indexOf("x")).isEqualTo(-1);
  }

  @Test
  void withItemsReplacesTheItemsAndRecomputesTheViews() {
    Agenda agenda = agenda().addItem(question("q1")).build();

    Agenda shorter = agenda.withItems(List.of(question("q1").withPlanned(sec(60))));

    assertThat(shorter.totalPlanned()).isEqualTo(sec(60));
    assertThat(shorter.planned(PhaseId.DISCUSSION)).isEqualTo(sec(60));
    assertThat(agenda.totalPlanned()).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void withItemsRefusesBrokenItems() {
    Agenda agenda = agenda().build();

    assertThatThrownBy(() -> agenda.withItems(List.of(question("q1"), question("q1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda has item id q1 twice (items 0 and 1); item ids must be unique");
  }

  @Test
  void rejectsDuplicateItemIdsNamingBothIndexes() {
    assertThatThrownBy(() -> agenda()
        .addItems(question("q1"), question("q2"), question("q1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda has item id q1 twice (items 0 and 2); item ids must be unique");
  }

  @Test
  void rejectsAnItemInAPhaseThePlanLacks() {
    AgendaItem panel = AgendaItem.statement("p1", PhaseId.of("panel"), "Hello", sec(30));

    assertThatThrownBy(() -> agenda().addItem(panel).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item p1 is in phase panel, which plan \"" + BOOK + "\" does not have;"
            + " its phases are [introduction, overview, discussion, ending]");
  }

  @Test
  void rejectsACueThePlanLacks() {
    AgendaItem cue = AgendaItem.cue("c1", PhaseId.ENDING, "thanks.later", "Thanks", sec(30));

    assertThatThrownBy(() -> agenda().addItem(cue).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item c1 places cue thanks.later, which plan \"" + BOOK + "\" does not"
            + " have; its cues are [discussion.prepared-questions, ending.ask-for-names,"
            + " ending.offer-help, intro.purpose, intro.small-talk, overview.career,"
            + " thanks.closing, thanks.opening]");
  }

  @Test
  void rejectsALinkToAResearchNoteTheCounterpartLacks() {
    AgendaItem q = AgendaItem.builder().from(question("q1")).addLinkedNotes("n1", "n9").build();

    assertThatThrownBy(() -> agenda().addItem(q).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item q1 links research note n9, which Dana Reyes has no note for;"
            + " their notes are [n1, n2, n3]");
  }

  @Test
  void acceptsLinksToTheCounterpartsNotes() {
    AgendaItem q = AgendaItem.builder().from(question("q1")).addLinkedNotes("n1", "n3").build();

    assertThat(agenda().addItem(q).build().items().get(0).linkedNotes())
        .containsExactly("n1", "n3");
  }

  @Test
  void printsCounterpartItemCountAndTotal() {
    assertThat(SampleMeeting.agenda().toString()).isEqualTo(
        "Agenda with Dana Reyes (Director of Claims Analytics, Northwind Mutual): 13 items,"
            + " 20:00 planned");
  }

  @Test
  void theSampleAgendaHasThirteenItemsPlannedForExactlyTheBudget() {
    Agenda sample = SampleMeeting.agenda();

    assertThat(sample.items()).hasSize(13);
    assertThat(sample.totalPlanned()).isEqualTo(Duration.ofMinutes(20));
    assertThat(sample.totalPlanned()).isEqualTo(sample.plan().budget());
    assertThat(sample.plannedByPhase()).containsExactly(
        Map.entry(PhaseId.INTRODUCTION, Duration.ofMinutes(2)),
        Map.entry(PhaseId.OVERVIEW, Duration.ofMinutes(2)),
        Map.entry(PhaseId.DISCUSSION, Duration.ofMinutes(14)),
        Map.entry(PhaseId.ENDING, Duration.ofMinutes(2)));
    assertThat(sample.items(PhaseId.DISCUSSION)).hasSize(6)
        .allMatch(i -> i.kind() == ItemKind.QUESTION && !i.linkedNotes().isEmpty());
    assertThat(sample.scheduledStart()).contains(SampleMeeting.SCHEDULED_START);
    assertThat(sample.preparation().steps()).allMatch(PreparationStep::done);
    assertThat(sample.plan()).isEqualTo(MeetingPlans.twentyMinute());
  }

  @Test
  void theSampleAgendaPlacesTheBooksCues() {
    Agenda sample = SampleMeeting.agenda();

    assertThat(sample.items(PhaseId.ENDING)).extracting(i -> i.cueId().orElseThrow())
        .containsExactly("ending.ask-for-names", "ending.offer-help", "thanks.closing");
    assertThat(sample.item("i1").flatMap(AgendaItem::cueId)).contains("thanks.opening");
  }

  @Test
  void theSampleAgendaIsTheSameOnEveryCall() {
    assertThat(SampleMeeting.agenda()).isEqualTo(SampleMeeting.agenda());
  }
}
