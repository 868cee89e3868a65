package io.github.twentyminute.session;

import static io.github.twentyminute.session.SessionEvent.clockCorrected;
import static io.github.twentyminute.session.SessionEvent.cueDone;
import static io.github.twentyminute.session.SessionEvent.ended;
import static io.github.twentyminute.session.SessionEvent.itemCovered;
import static io.github.twentyminute.session.SessionEvent.itemSkipped;
import static io.github.twentyminute.session.SessionEvent.paused;
import static io.github.twentyminute.session.SessionEvent.phaseEntered;
import static io.github.twentyminute.session.SessionEvent.resumed;
import static io.github.twentyminute.session.SessionEvent.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingSessionTests {
  private final Agenda agenda = SampleMeeting.agenda();
  private static final Instant T0 = SampleMeeting.SCHEDULED_START;

  private static Instant at(int minutes, int seconds) {
    return T0.plusSeconds(minutes * 60L + seconds);
  }

  private MeetingSession running() {
    return MeetingSession.of(agenda).apply(started(T0));
  }

  private MeetingSession inDiscussion() {
    return running().apply(phaseEntered(at(2, 0), PhaseId.OVERVIEW))
        .apply(phaseEntered(at(4, 0), PhaseId.DISCUSSION));
  }

  @Test
  void startsNotStartedWithNoEvents() {
    MeetingSession session = MeetingSession.of(agenda);

    assertThat(session.status()).isEqualTo(SessionStatus.NOT_STARTED);
    assertThat(session.events()).isEmpty();
    assertThat(session.currentPhase()).isEmpty();
    assertThat(session.startedAt()).isEmpty();
    assertThat(session.agenda()).isEqualTo(agenda);
  }

  @Test
  void startedEntersTheFirstPhase() {
    MeetingSession session = running();

    assertThat(session.status()).isEqualTo(SessionStatus.RUNNING);
    assertThat(session.currentPhase()).contains(PhaseId.INTRODUCTION);
    assertThat(session.startedAt()).contains(T0);
    assertThat(session.events()).containsExactly(started(T0));
  }

  @Test
  void phaseEnteredMovesToALaterPhaseAndMaySkipPhases() {
    MeetingSession session = running().apply(phaseEntered(at(2, 0), PhaseId.DISCUSSION));

    assertThat(session.currentPhase()).contains(PhaseId.DISCUSSION);
  }

  @Test
  void itemCoveredMarksTheItemAndTheCueItPlaces() {
    MeetingSession session = running().apply(itemCovered(at(0, 30), "i1"));

    assertThat(session.isItemDone("i1")).isTrue();
    assertThat(session.isItemDone("i2")).isFalse();
    assertThat(session.isCueDone("thanks.opening")).isTrue();
  }

  @Test
  void itemSkippedMarksTheItemButNotItsCue() {
    MeetingSession session = running().apply(itemSkipped(at(0, 30), "i2"));

    assertThat(session.isItemDone("i2")).isTrue();
    assertThat(session.isCueDone("intro.small-talk")).isFalse();
  }

  @Test
  void cueDoneMarksACueOfAnyPhase() {
    MeetingSession session = running().apply(cueDone(at(0, 10), "ending.offer-help"));

    assertThat(session.isCueDone("ending.offer-help")).isTrue();
  }

  @Test
  void pausedAndResumedSwitchTheStatus() {
    MeetingSession paused = running().apply(paused(at(1, 0)));
    MeetingSession resumed = paused.apply(resumed(at(3, 0)));

    assertThat(paused.status()).isEqualTo(SessionStatus.PAUSED);
    assertThat(resumed.status()).isEqualTo(SessionStatus.RUNNING);
    assertThat(resumed.currentPhase()).contains(PhaseId.INTRODUCTION);
  }

  @Test
  void endedEndsTheMeetingEvenWhilePaused() {
    MeetingSession ended = running().apply(paused(at(1, 0))).apply(ended(at(2, 0)));

    assertThat(ended.status()).isEqualTo(SessionStatus.ENDED);
    assertThat(ended.endedAt()).contains(at(2, 0));
    assertThat(ended.currentPhase()).contains(PhaseId.INTRODUCTION);
  }

  @Test
  void clockCorrectedReTimesAnEarlierEvent() {
    MeetingSession session = running().apply(phaseEntered(at(3, 0), PhaseId.OVERVIEW))
        .apply(clockCorrected(at(3, 10), 1, at(2, 30)));

    assertThat(session.effectiveInstant(1)).isEqualTo(at(2, 30));
    assertThat(session.effectiveInstant(2)).isEqualTo(at(3, 10));
    assertThat(session.events().get(1)).isEqualTo(phaseEntered(at(3, 0), PhaseId.OVERVIEW));
  }

  @Test
  void clockCorrectedShiftsALateTappedStart() {
    MeetingSession session = running().apply(clockCorrected(at(1, 0), 0, at(-2, 0)));

    assertThat(session.startedAt()).contains(at(-2, 0));
  }

  @Test
  void newestCorrectionOfAnEventCounts() {
    MeetingSession session = running()
        .apply(clockCorrected(at(1, 0), 0, at(-2, 0)))
        .apply(clockCorrected(at(1, 5), 0, at(-1, 0)));

    assertThat(session.startedAt()).contains(at(-1, 0));
  }

  @Test
  void clockCorrectedIsAcceptedAfterTheEnd() {
    MeetingSession session = running().apply(ended(at(20, 0)))
        .apply(clockCorrected(at(25, 0), 1, at(19, 30)));

    assertThat(session.endedAt()).contains(at(19, 30));
  }

  @Test
  void applyNeverChangesTheSessionItIsCalledOn() {
    MeetingSession before = running();

    MeetingSession after = before.apply(phaseEntered(at(2, 0), PhaseId.OVERVIEW));

    assertThat(before.events()).hasSize(1);
    assertThat(before.currentPhase()).contains(PhaseId.INTRODUCTION);
    assertThat(after.events()).hasSize(2);
  }

  @Test
  void refusesEventsBeforeTheStart() {
    MeetingSession session = MeetingSession.of(agenda);

    assertThatThrownBy(() -> session.apply(phaseEntered(T0, PhaseId.OVERVIEW)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the meeting has not started: expected Started first, but was PhaseEntered"
            + " overview at 2026-03-10T15:00:00Z");
    assertThat(session.events()).isEmpty();
  }

  @Test
  void refusesASecondStart() {
    MeetingSession session = running();

    assertThatThrownBy(() -> session.apply(started(at(1, 0))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the meeting already started at 2026-03-10T15:00:00Z; cannot start it again"
            + " with Started at 2026-03-10T15:01:00Z");
    assertThat(session.events()).hasSize(1);
  }

  @Test
  void refusesTimeGoingBackwards() {
    MeetingSession session = running().apply(phaseEntered(at(3, 0), PhaseId.OVERVIEW));

    assertThatThrownBy(() -> session.apply(itemCovered(at(2, 0), "o1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event ItemCovered o1 at 2026-03-10T15:02:00Z is before the previous event"
            + " (PhaseEntered overview at 2026-03-10T15:03:00Z); time cannot go backwards. Maybe"
            + " record a ClockCorrected event to re-time an earlier event");
    assertThat(session.events()).hasSize(2);
  }

  @Test
  void acceptsEventsAtTheSameInstant() {
    MeetingSession session = running().apply(phaseEntered(T0, PhaseId.OVERVIEW));

    assertThat(session.currentPhase()).contains(PhaseId.OVERVIEW);
  }

  @Test
  void refusesAnUnknownPhase() {
    MeetingSession session = running();

    assertThatThrownBy(() -> session.apply(phaseEntered(at(1, 0), PhaseId.of("coffee"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"The 20-minute networking meeting\" has no phase coffee; its phases"
            + " are [introduction, overview, discussion, ending] (PhaseEntered coffee at"
            + " 2026-03-10T15:01:00Z)");
  }

  @Test
  void refusesEnteringTheCurrentPhaseAgain() {
    MeetingSession session = running();

    assertThatThrownBy(() -> session.apply(phaseEntered(at(1, 0), PhaseId.INTRODUCTION)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the meeting is already in phase introduction; cannot enter it again with"
            + " PhaseEntered introduction at 2026-03-10T15:01:00Z");
  }

  @Test
  void refusesGoingBackToAnEarlierPhase() {
    MeetingSession session = inDiscussion();

    assertThatThrownBy(() -> session.apply(phaseEntered(at(5, 0), PhaseId.OVERVIEW)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot go back from phase discussion to overview: phases follow the plan's"
            + " order [introduction, overview, discussion, ending] (PhaseEntered overview at"
            + " 2026-03-10T15:05:00Z)");
  }

  @Test
  void refusesAPhaseAfterTheEnd() {
    MeetingSession session = inDiscussion().apply(ended(at(10, 0)));

    assertThatThrownBy(() -> session.apply(phaseEntered(at(11, 0), PhaseId.ENDING)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the meeting ended at 2026-03-10T15:10:00Z; PhaseEntered ending at"
            + " 2026-03-10T15:11:00Z comes after the end; only a ClockCorrected event is"
            + " accepted now");
    assertThat(session.status()).isEqualTo(SessionStatus.ENDED);
  }

  @Test
  void anAgendaOfTwelveItemsListsThemAllWhenRefusingAnUnknownItem() {
    Agenda twelve = Agenda.builder().from(agenda).items(agenda.items().subList(0, 12)).build();
    MeetingSession session = MeetingSession.of(twelve).apply(started(T0));

    assertThatThrownBy(() -> session.apply(itemCovered(at(1, 0), "e3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda has no item e3; its items are [i1, i2, i3, o1, q1, q2, q3, q4, q5,"
            + " q6, e1, e2] (ItemCovered e3 at 2026-03-10T15:01:00Z)");
  }

  @Test
  void refusesAnUnknownItem() {
    MeetingSession session = inDiscussion();

    assertThatThrownBy(() -> session.apply(itemCovered(at(5, 0), "q9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agenda has no item q9; its items are [i1, i2, i3, o1, q1, q2, q3, q4, q5,"
            + " q6, e1, e2, ... 1 more] (ItemCovered q9 at 2026-03-10T15:05:00Z)");
  }

  @Test
  void refusesAnItemOfALaterPhase() {
    MeetingSession session = running();

    assertThatThrownBy(() -> session.apply(itemCovered(at(1, 0), "q1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item q1 belongs to phase discussion, but the meeting is in phase"
            + " introduction; enter discussion first (ItemCovered q1 at 2026-03-10T15:01:00Z)");
  }

  @Test
  void refusesAnItemOfAnEarlierPhase() {
    MeetingSession session = inDiscussion();

    assertThatThrownBy(() -> session.apply(itemSkipped(at(5, 0), "o1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item o1 belongs to phase overview, but the meeting is in phase discussion;"
            + " phase overview is over (ItemSkipped o1 at 2026-03-10T15:05:00Z)");
  }

  @Test
  void refusesMarkingAnItemTwice() {
    MeetingSession session = inDiscussion().apply(itemCovered(at(7, 0), "q1"));

    assertThatThrownBy(() -> session.apply(itemSkipped(at(8, 0), "q1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item q1 was already covered at 2026-03-10T15:07:00Z; cannot mark it skipped"
            + " again with ItemSkipped q1 at 2026-03-10T15:08:00Z");
  }

  @Test
  void refusesAnUnknownCue() {
    MeetingSession session = running();

    assertThatThrownBy(() -> session.apply(cueDone(at(1, 0), "thanks.twice")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"The 20-minute networking meeting\" has no cue thanks.twice; its cues"
            + " are [discussion.prepared-questions, ending.ask-for-names, ending.offer-help,"
            + " intro.purpose, intro.small-talk, overview.career, thanks.closing,"
            + " thanks.opening] (CueDone thanks.twice at 2026-03-10T15:01:00Z)");
  }

  @Test
  void refusesACueDoneTwice() {
    MeetingSession session = running().apply(itemCovered(at(0, 30), "i1"));

    assertThatThrownBy(() -> session.apply(cueDone(at(1, 0), "thanks.opening")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cue thanks.opening was already done at 2026-03-10T15:00:30Z (by covering"
            + " item i1); cannot do it again with CueDone thanks.opening at"
            + " 2026-03-10T15:01:00Z");
  }

  @Test
  void coveringACueItemAfterItsCueWasDoneKeepsTheFirstInstant() {
    MeetingSession session = running().apply(cueDone(at(0, 10), "thanks.opening"))
        .apply(itemCovered(at(0, 30), "i1"))
        .apply(ended(at(1, 0)));

    assertThat(session.timeline().cuesDone().get(0).done()).contains(at(0, 10));
  }

  @Test
  void refusesPausingWhilePaused() {
    MeetingSession session = running().apply(paused(at(1, 0)));

    assertThatThrownBy(() -> session.apply(paused(at(2, 0))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the meeting is paused since 2026-03-10T15:01:00Z; resume it before Paused"
            + " at 2026-03-10T15:02:00Z");
  }

  @Test
  void refusesResumeWithoutPause() {
    MeetingSession session = running();

    assertThatThrownBy(() -> session.apply(resumed(at(1, 0))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot resume: the meeting is not paused (it is RUNNING); Resumed at"
            + " 2026-03-10T15:01:00Z needs a Paused event before it");
  }

  @Test
  void refusesCoveringAnItemWhilePaused() {
    MeetingSession session = running().apply(paused(at(1, 0)));

    assertThatThrownBy(() -> session.apply(itemCovered(at(2, 0), "i1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the meeting is paused since 2026-03-10T15:01:00Z; resume it before"
            + " ItemCovered i1 at 2026-03-10T15:02:00Z");
  }

  @Test
  void refusesEndingTwice() {
    MeetingSession session = running().apply(ended(at(20, 0)));

    assertThatThrownBy(() -> session.apply(ended(at(21, 0))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the meeting ended at 2026-03-10T15:20:00Z; Ended at 2026-03-10T15:21:00Z"
            + " comes after the end; only a ClockCorrected event is accepted now");
  }

  @Test
  void refusesCorrectingAnEventThatDoesNotExist() {
    MeetingSession session = running();

    assertThatThrownBy(() -> session.apply(clockCorrected(at(1, 0), 3, at(0, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no event 3 to correct: the session has 1 events (0 to 0) (ClockCorrected"
            + " event 3 to 2026-03-10T15:00:30Z at 2026-03-10T15:01:00Z)");
  }

  @Test
  void refusesCorrectingACorrection() {
    MeetingSession session = running().apply(clockCorrected(at(1, 0), 0, at(-1, 0)));

    assertThatThrownBy(() -> session.apply(clockCorrected(at(2, 0), 1, at(0, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event 1 is itself a clock correction (ClockCorrected event 0 to"
            + " 2026-03-10T14:59:00Z at 2026-03-10T15:01:00Z); correct the event it re-timed,"
            + " event 0, instead (ClockCorrected event 1 to 2026-03-10T15:00:30Z at"
            + " 2026-03-10T15:02:00Z)");
  }

  @Test
  void refusesACorrectionBeforeThePreviousEvent() {
    MeetingSession session = running().apply(phaseEntered(at(2, 0), PhaseId.OVERVIEW));

    assertThatThrownBy(() -> session.apply(clockCorrected(at(3, 0), 1, at(-1, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot re-time event 1 (PhaseEntered overview at 2026-03-10T15:02:00Z) to"
            + " 2026-03-10T14:59:00Z: it would come before event 0 (Started at"
            + " 2026-03-10T15:00:00Z) at 2026-03-10T15:00:00Z; events must stay in order"
            + " (ClockCorrected event 1 to 2026-03-10T14:59:00Z at 2026-03-10T15:03:00Z)");
  }

  @Test
  void refusesACorrectionAfterTheNextEvent() {
    MeetingSession session = running().apply(phaseEntered(at(2, 0), PhaseId.OVERVIEW));

    assertThatThrownBy(() -> session.apply(clockCorrected(at(3, 0), 0, at(2, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot re-time event 0 (Started at 2026-03-10T15:00:00Z) to"
            + " 2026-03-10T15:02:30Z: it would come after event 1 (PhaseEntered overview at"
            + " 2026-03-10T15:02:00Z) at 2026-03-10T15:02:00Z; events must stay in order"
            + " (ClockCorrected event 0 to 2026-03-10T15:02:30Z at 2026-03-10T15:03:00Z)");
  }

  @Test
  void refusesACorrectionIntoTheFuture() {
    assertThatThrownBy(() -> clockCorrected(at(1, 0), 0, at(2, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clock correction made at 2026-03-10T15:01:00Z cannot move event 0 to"
            + " 2026-03-10T15:02:00Z, which is later than the correction itself");
  }

  @Test
  void refusesANegativeCorrectionIndex() {
    assertThatThrownBy(() -> clockCorrected(at(1, 0), -1, at(0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clock correction event index must be 0 or more, but was -1");
  }

  @Test
  void refusesNullEvents() {
    assertThatThrownBy(() -> running().apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThatThrownBy(() -> started(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at");
  }

  @Test
  void replayRebuildsAnEqualSession() {
    MeetingSession session = inDiscussion().apply(itemCovered(at(7, 0), "q1"))
        .apply(paused(at(8, 0))).apply(resumed(at(9, 0)))
        .apply(clockCorrected(at(9, 30), 3, at(6, 50)));

    MeetingSession replayed = MeetingSession.replay(agenda, session.events());

    assertThat(replayed).isEqualTo(session).hasSameHashCodeAs(session);
    assertThat(replayed.effectiveInstant(3)).isEqualTo(at(6, 50));
  }

  @Test
  void replayNamesTheEventItRefuses() {
    List<SessionEvent> events = List.of(started(T0), resumed(at(1, 0)));

    assertThatThrownBy(() -> MeetingSession.replay(agenda, events))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot replay event 1 of 2: cannot resume: the meeting is not paused (it is"
            + " RUNNING); Resumed at 2026-03-10T15:01:00Z needs a Paused event before it");
  }

  @Test
  void sessionsWithOtherEventsAreNotEqual() {
    assertThat(running()).isNotEqualTo(MeetingSession.of(agenda));
    assertThat(running().toString())
        .isEqualTo("MeetingSession RUNNING in introduction, 1 events");
  }

  @Test
  void timelineNeedsAnEndedMeeting() {
    assertThatThrownBy(() -> running().timeline())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the timeline is known once the meeting has ended, but the meeting is"
            + " RUNNING; apply an Ended event first");
  }

  @Test
  void eventsReadWell() {
    assertThat(clockCorrected(at(1, 0), 0, at(0, 30)).toString())
        .isEqualTo("ClockCorrected event 0 to 2026-03-10T15:00:30Z at 2026-03-10T15:01:00Z");
    assertThat(cueDone(T0, "thanks.opening").toString())
        .isEqualTo("CueDone thanks.opening at 2026-03-10T15:00:00Z");
  }

  @Test
  void refusesCorrectingTheCorrectionBeingRecorded() {
    MeetingSession session = running();

    assertThatThrownBy(() -> session.apply(clockCorrected(at(1, 0), 1, at(0, 30))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no event 1 to correct: the session has 1 events (0 to 0) (ClockCorrected"
            + " event 1 to 2026-03-10T15:00:30Z at 2026-03-10T15:01:00Z)");
  }

  @Test
  void aSessionEqualsItselfButNoOtherKindOfObject() {
    MeetingSession session = running();

    assertThat(session.equals(session)).isTrue();
    assertThat(session.equals(session.events())).isFalse();
    assertThat(session.hashCode()).isEqualTo(MeetingSession.replay(agenda, session.events())
        .hashCode());
    assertThat(session.hashCode()).isNotEqualTo(MeetingSession.of(agenda).hashCode());
  }
}
