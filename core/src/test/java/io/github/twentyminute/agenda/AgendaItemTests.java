package io.github.twentyminute.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgendaItemTests {
  private static final Duration THREE = Duration.ofMinutes(3);

  private static AgendaItem.Builder question() {
    return AgendaItem.builder().id("q1").phase(PhaseId.DISCUSSION).kind(ItemKind.QUESTION)
        .text("What changed?").planned(THREE);
  }

  @Test
  void questionFactoryMakesADiscussionQuestionAtPriorityOne() {
    AgendaItem q = AgendaItem.question("q1", "What changed?", THREE);

    assertThat(q.phase()).isEqualTo(PhaseId.DISCUSSION);
    assertThat(q.kind()).isEqualTo(ItemKind.QUESTION);
    assertThat(q.priority()).isEqualTo(1);
    assertThat(q.mustKeep()).isFalse();
    assertThat(q.cueId()).isEmpty();
    assertThat(q.linkedNotes()).isEmpty();
    assertThat(q.toString()).isEqualTo("q1 discussion QUESTION 3:00 p1");
  }

  @Test
  void statementFactoryPlacesAStatementInAPhase() {
    AgendaItem s = AgendaItem.statement("s1", PhaseId.OVERVIEW, "My career", THREE);

    assertThat(s.kind()).isEqualTo(ItemKind.STATEMENT);
    assertThat(s.phase()).isEqualTo(PhaseId.OVERVIEW);
    assertThat(s.mustKeep()).isFalse();
  }

  @Test
  void cueFactoryMakesAMustKeepCueItem() {
    AgendaItem c = AgendaItem.cue("e1", PhaseId.ENDING, "thanks.closing", "Thank you",
        Duration.ofSeconds(30));

    assertThat(c.kind()).isEqualTo(ItemKind.CUE);
    assertThat(c.cueId()).contains("thanks.closing");
    assertThat(c.mustKeep()).isTrue();
    assertThat(c.toString()).isEqualTo("e1 ending CUE 0:30 p1 must-keep");
  }

  @Test
  void withPlannedChangesOnlyTheDuration() {
    AgendaItem q = question().priority(2).build();

    AgendaItem shorter = q.withPlanned(Duration.ofMinutes(1));

    assertThat(shorter.planned()).isEqualTo(Duration.ofMinutes(1));
    assertThat(shorter).isEqualTo(question().priority(2).planned(Duration.ofMinutes(1)).build());
  }

  @Test
  void acceptsAZeroPlannedDuration() {
    assertThat(question().planned(Duration.ZERO).build().planned()).isZero();
  }

  @Test
  void rejectsACueItemWithoutACueId() {
    assertThatThrownBy(() -> question().id("c1").kind(ItemKind.CUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item c1 is a CUE but names no cue id; expected one such as"
            + " ending.ask-for-names");
  }

  @Test
  void rejectsACueIdOnAnItemThatIsNotACue() {
    assertThatThrownBy(() -> question().cueId("thanks.opening").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item q1 is a QUESTION but names cue thanks.opening; only CUE items name"
            + " a cue");
  }

  @Test
  void rejectsAPriorityBelowOne() {
    assertThatThrownBy(() -> question().priority(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item q1 priority must be 1 (most important) or more, but was 0");
    assertThatThrownBy(() -> question().priority(-3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item q1 priority must be 1 (most important) or more, but was -3");
  }

  @Test
  void rejectsANegativePlannedDuration() {
    assertThatThrownBy(() -> question().planned(Duration.ofSeconds(-30)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item q1 planned duration must be zero or positive, but was -0:30"
            + " (PT-30S)");
    assertThatThrownBy(() -> question().build().withPlanned(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item q1 planned duration must be zero or positive, but was -1:00"
            + " (PT-1M)");
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> question().text(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda item q1 text must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "q 1", "-q1", "_q", ".q", "q/1", "q:1", "qé",
      "a1234567890123456789012345678901234567890123456789012345678901234"})
  void rejectsMalformedIds(String id) {
    assertThatThrownBy(() -> question().id(id).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"q1", "Q", "1", "item_2-b", "q.1",
      "a123456789012345678901234567890123456789012345678901234567890123"})
  void acceptsWellFormedIds(String id) {
    assertThat(question().id(id).build().id()).isEqualTo(id);
  }
}
