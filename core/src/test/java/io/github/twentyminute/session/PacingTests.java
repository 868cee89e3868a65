package io.github.twentyminute.session;

import static io.github.twentyminute.session.Meetings.at;
import static io.github.twentyminute.session.Meetings.startAt;
import static io.github.twentyminute.session.Meetings.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PacingTests {
  /** Each nudge as its message key and arguments. */
  private static List<String> nudges(Pacing pacing) {
    return pacing.nudges().stream().map(n -> n.finding().key() + " " + n.arguments())
        .collect(Collectors.toList());
  }

  /** The drift reasons as their ids and phases, largest first. */
  private static List<String> reasons(Pacing pacing) {
    return pacing.driftReasons().stream()
        .map(f -> f.id() + " " + f.arguments().text("phase") + " " + f.arguments().duration("drift"))
        .collect(Collectors.toList());
  }

  private static Duration drift(Pacing pacing) {
    return pacing.reason().arguments().duration("drift");
  }

  @Test
  void punctualMeetingIsOnPlanThroughout() {
    Meetings meeting = Meetings.punctual();

    Pacing early = startAt(0, 0).cover("i1", 0, 30).pacing(0, 45);
    assertThat(early.status()).isEqualTo(SessionStatus.RUNNING);
    assertThat(early.currentPhase()).contains(PhaseId.INTRODUCTION);
    assertThat(early.currentItem().map(i -> i.id())).contains("i2");
    assertThat(early.phaseElapsed()).isEqualTo(time(0, 45));
    assertThat(early.phaseRemaining()).isEqualTo(time(1, 15));
    assertThat(early.meetingElapsed()).isEqualTo(time(0, 45));
    assertThat(early.meetingRemaining()).isEqualTo(time(19, 15));
    assertThat(early.ceilingRemaining()).isEqualTo(time(29, 15));
    assertThat(early.reason().id()).isEqualTo(SessionFindings.ON_PLAN);
    assertThat(early.driftReasons()).isEmpty();
    assertThat(early.drift()).isZero();
    assertThat(early.nudges()).isEmpty();
    assertThat(early.projectedEnd()).contains(at(20, 0));

    Pacing middle = meeting.pacingAsOf(10, 0);
    assertThat(middle.currentPhase()).contains(PhaseId.DISCUSSION);
    assertThat(middle.currentItem().map(i -> i.id())).contains("q3");
    assertThat(middle.phaseElapsed()).isEqualTo(time(6, 0));
    assertThat(middle.phaseRemaining()).isEqualTo(time(8, 0));
    assertThat(middle.meetingRemaining()).isEqualTo(time(10, 0));
    assertThat(middle.reason().id()).isEqualTo(SessionFindings.ON_PLAN);
    assertThat(middle.nudges()).isEmpty();
    assertThat(middle.phases()).extracting(PhasePace::state).containsExactly(
        PhasePace.State.DONE, PhasePace.State.DONE, PhasePace.State.CURRENT, PhasePace.State.UPCOMING);
    assertThat(middle.phases()).extracting(PhasePace::offset).containsExactly(
        time(0, 0), time(2, 0), time(4, 0), time(18, 0));
    assertThat(middle.rest()).extracting(PhasePace::phase)
        .containsExactly(PhaseId.DISCUSSION, PhaseId.ENDING);
  }

  @Test
  void punctualMeetingEndsOnPlanWithAFullTimeline() {
    MeetingSession session = Meetings.punctual().end(20, 0).session();

    Pacing after = session.pacing(at(25, 0));
    assertThat(after.status()).isEqualTo(SessionStatus.ENDED);
    assertThat(after.currentPhase()).isEmpty();
    assertThat(after.meetingElapsed()).isEqualTo(time(20, 0));
    assertThat(after.reason().id()).isEqualTo(SessionFindings.ON_PLAN);
    assertThat(after.nudges()).isEmpty();
    assertThat(after.projectedEnd()).contains(at(20, 0));

    Timeline timeline = session.timeline();
    assertThat(timeline.total()).isEqualTo(time(20, 0));
    assertThat(timeline.withinBudget()).isTrue();
    assertThat(timeline.overruns()).isEmpty();
    assertThat(timeline.cuesMissed()).isEmpty();
    assertThat(timeline.phases()).allSatisfy(p -> assertThat(p.actual()).isEqualTo(p.planned()));
    assertThat(timeline.items()).allSatisfy(i -> {
      assertThat(i.outcome()).isEqualTo(ItemTimeline.Outcome.COVERED);
      assertThat(i.actual()).isEqualTo(i.planned());
    });
    assertThat(timeline.findings()).extracting(f -> f.key()).containsExactly("timeline.total",
        "timeline.phase", "timeline.phase", "timeline.phase", "timeline.phase", "timeline.cues");
  }

  @Test
  void lastQuestionNudgeComesWithTwoMinutesLeftInTheDiscussion() {
    Pacing pacing = Meetings.punctual().pacingAsOf(16, 30);

    assertThat(nudges(pacing))
        .containsExactly("discussion.last-question {phase=discussion, left=PT1M30S}");
    Nudge nudge = pacing.nudges().get(0);
    assertThat(nudge.id()).isEqualTo(Nudge.LAST_QUESTION);
    assertThat(nudge.severity()).isEqualTo(Severity.INFO);
    assertThat(nudge.duration("left")).isEqualTo(time(1, 30));
    assertThat(nudge.phase()).contains(PhaseId.DISCUSSION);
    assertThat(nudge.finding().location()).isEqualTo(Location.root());
  }

  @Test
  void lateStartIsNudgedBeforeTheStartAndMeasuredAfter() {
    Pacing waiting = MeetingSession.of(Meetings.agenda()).pacing(at(3, 0));
    assertThat(waiting.status()).isEqualTo(SessionStatus.NOT_STARTED);
    assertThat(waiting.lateStart()).contains(time(3, 0));
    assertThat(nudges(waiting)).containsExactly("meeting.start-late {late=PT3M}");
    assertThat(waiting.nudges().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(waiting.projectedEnd()).contains(at(23, 0));
    assertThat(waiting.rest()).hasSize(4);

    Pacing started = startAt(4, 0).pacing(5, 0);
    assertThat(started.lateStart()).contains(time(4, 0));
    assertThat(started.meetingElapsed()).isEqualTo(time(1, 0));
    assertThat(started.meetingRemaining()).isEqualTo(time(19, 0));
    assertThat(started.projectedEnd()).contains(at(24, 0));
    assertThat(started.nudges()).extracting(Nudge::id, n -> n.cueId().orElseThrow())
        .containsExactly(tuple(Nudge.CUE_PENDING, "thanks.opening"),
            tuple(Nudge.CUE_PENDING, "intro.purpose"));
    assertThat(started.nudges().get(0).arguments().asMap()).containsExactly(
        entry("phase", "introduction"), entry("left", time(1, 0)),
        entry("cueId", "thanks.opening"), entry("cue", "Thank them for making the time to meet"));
  }

  @Test
  void notStartedBeforeTheScheduleIsNeitherLateNorNudged() {
    Pacing pacing = MeetingSession.of(Meetings.agenda()).pacing(at(-5, 0));

    assertThat(pacing.lateStart()).isEmpty();
    assertThat(pacing.nudges()).isEmpty();
    assertThat(pacing.projectedEnd()).contains(at(20, 0));
    assertThat(pacing.meetingRemaining()).isEqualTo(time(20, 0));
  }

  @Test
  void correctedStartCountsFromTheRealStart() {
    MeetingSession session = startAt(0, 0)
        .then(SessionEvent.clockCorrected(at(5, 0), 0, at(4, 0))).session();

    Pacing pacing = session.pacing(at(5, 0));

    assertThat(pacing.lateStart()).contains(time(4, 0));
    assertThat(pacing.meetingElapsed()).isEqualTo(time(1, 0));
  }

  @Test
  void overrunningOverviewPutsTheMeetingBehindAndShortensTheDiscussion() {
    Meetings meeting = startAt(0, 0).enter(PhaseId.OVERVIEW, 2, 20);

    Pacing inOverview = meeting.pacing(4, 20);
    assertThat(inOverview.reason().id()).isEqualTo(SessionFindings.BEHIND);
    assertThat(drift(inOverview)).isEqualTo(time(0, 20));
    assertThat(reasons(inOverview)).containsExactly("pacing.phase-took introduction PT20S");
    assertThat(inOverview.driftReasons().get(0).arguments().asMap()).containsExactly(
        entry("phase", "introduction"), entry("planned", time(2, 0)),
        entry("actual", time(2, 20)), entry("drift", time(0, 20)));
    assertThat(nudges(inOverview)).containsExactly(
        "phase.over {phase=overview, taken=PT2M, planned=PT2M, over=PT0S, next=discussion}",
        "cue.pending {phase=overview, left=PT0S, cueId=overview.career, cue=Give your career"
            + " overview, leading to why you asked to meet; not your whole resume}");
    assertThat(inOverview.phase(PhaseId.DISCUSSION).allotted()).isEqualTo(time(13, 40));

    Pacing pacing = meeting.enter(PhaseId.DISCUSSION, 5, 30).pacing(5, 30);
    assertThat(pacing.drift()).isEqualTo(time(1, 30));
    assertThat(pacing.behind()).isTrue();
    assertThat(reasons(pacing)).containsExactly("pacing.phase-took overview PT1M10S",
        "pacing.phase-took introduction PT20S");
    PhasePace discussion = pacing.phase(PhaseId.DISCUSSION);
    assertThat(discussion.allotted()).isEqualTo(time(12, 30));
    Finding change = discussion.change().orElseThrow();
    assertThat(change.id()).isEqualTo(SessionFindings.SHORTENED);
    assertThat(change.key()).isEqualTo("pacing.shortened.keeping");
    assertThat(change.arguments().asMap()).containsExactly(entry("phase", "discussion"),
        entry("amount", time(1, 30)), entry("end", time(20, 0)), entry("kept", time(2, 0)),
        entry("keptPhases", "ending"));
    assertThat(pacing.phaseRemaining()).isEqualTo(time(12, 30));
    PhasePace ending = pacing.phase(PhaseId.ENDING);
    assertThat(ending.allotted()).isEqualTo(time(2, 0));
    assertThat(ending.offset()).isEqualTo(time(18, 0));
    assertThat(ending.change()).isEmpty();
    assertThat(pacing.projectedTotal()).isEqualTo(time(20, 0));
    assertThat(pacing.unabsorbed()).isZero();
    assertThat(pacing.meetingRemaining()).isEqualTo(time(14, 30));
    assertThat(pacing.nudges()).isEmpty();
  }

  @Test
  void ceilingPolicyLetsTheMeetingRunPastItsBudget() {
    PacingOptions ceiling = PacingOptions.builder().endPolicy(EndPolicy.CEILING).build();

    Pacing pacing = startAt(0, 0).enter(PhaseId.OVERVIEW, 2, 20)
        .enter(PhaseId.DISCUSSION, 5, 30).pacing(5, 30, ceiling);

    assertThat(pacing.phase(PhaseId.DISCUSSION).allotted()).isEqualTo(time(14, 0));
    assertThat(pacing.phase(PhaseId.DISCUSSION).change()).isEmpty();
    assertThat(pacing.projectedTotal()).isEqualTo(time(21, 30));
    assertThat(pacing.projectedEnd()).contains(at(21, 30));
  }

  @Test
  void timeSavedGoesToTheDiscussionUpToItsMaximum() {
    Pacing pacing = startAt(0, 0).enter(PhaseId.OVERVIEW, 1, 0).pacing(1, 0);

    assertThat(pacing.ahead()).isTrue();
    assertThat(pacing.reason().id()).isEqualTo(SessionFindings.AHEAD);
    assertThat(drift(pacing)).isEqualTo(time(1, 0));
    assertThat(reasons(pacing)).containsExactly("pacing.phase-took introduction PT-1M");
    assertThat(pacing.phase(PhaseId.DISCUSSION).allotted()).isEqualTo(time(15, 0));
    Finding change = pacing.phase(PhaseId.DISCUSSION).change().orElseThrow();
    assertThat(change.id()).isEqualTo(SessionFindings.LENGTHENED);
    assertThat(change.arguments().asMap()).containsExactly(entry("phase", "discussion"),
        entry("amount", time(1, 0)), entry("budget", time(20, 0)));
    assertThat(pacing.projectedTotal()).isEqualTo(time(20, 0));
  }

  @Test
  void timeLeftPastTheDiscussionsMaximumGoesToTheOtherPhases() {
    Pacing pacing = startAt(0, 0).enter(PhaseId.OVERVIEW, 0, 30).pacing(0, 30);

    assertThat(pacing.phase(PhaseId.DISCUSSION).allotted()).isEqualTo(time(15, 0));
    assertThat(pacing.phase(PhaseId.OVERVIEW).allotted()).isEqualTo(time(2, 30));
    assertThat(pacing.phase(PhaseId.ENDING).allotted()).isEqualTo(time(2, 0));
    assertThat(pacing.projectedTotal()).isEqualTo(time(20, 0));
  }

  @Test
  void discussionIsCutShortToProtectTheEnding() {
    Meetings meeting = startAt(0, 0).enter(PhaseId.OVERVIEW, 2, 0)
        .enter(PhaseId.DISCUSSION, 7, 0).cue("discussion.prepared-questions", 7, 0);

    Pacing start = meeting.pacing(7, 0);
    assertThat(start.phase(PhaseId.DISCUSSION).allotted()).isEqualTo(time(11, 0));
    Finding change = start.phase(PhaseId.DISCUSSION).change().orElseThrow();
    assertThat(change.key()).isEqualTo("pacing.shortened.below-minimum.keeping");
    assertThat(change.arguments().duration("amount")).isEqualTo(time(3, 0));
    assertThat(change.arguments().duration("minimum")).isEqualTo(time(12, 0));
    assertThat(start.phase(PhaseId.ENDING).allotted()).isEqualTo(time(2, 0));

    Pacing twoLeft = meeting.pacing(16, 0);
    assertThat(nudges(twoLeft))
        .containsExactly("discussion.last-question {phase=discussion, left=PT2M}");

    Pacing timeUp = meeting.pacing(18, 0);
    assertThat(nudges(timeUp))
        .containsExactly("phase.move-to-protected.ending {phase=ending, keep=PT2M}");
    Nudge move = timeUp.nudges().get(0);
    assertThat(move.id()).isEqualTo(Nudge.MOVE_TO_PROTECTED_PHASE);
    assertThat(move.severity()).isEqualTo(Severity.WARNING);
    assertThat(move.phase()).contains(PhaseId.ENDING);

    Pacing late = meeting.pacing(18, 30);
    assertThat(late.phase(PhaseId.ENDING).allotted()).isEqualTo(time(2, 0));
    assertThat(late.unabsorbed()).isEqualTo(time(0, 30));
    assertThat(late.projectedTotal()).isEqualTo(time(20, 30));
    assertThat(late.hasNudge(Nudge.MOVE_TO_PROTECTED_PHASE)).isTrue();
    assertThat(late.hasNudge("ending.move-now")).as("the id before 0.1").isTrue();

    Pacing inEnding = meeting.enter(PhaseId.ENDING, 18, 0).pacing(19, 0);
    assertThat(inEnding.nudges()).extracting(Nudge::id, n -> n.cueId().orElse(""))
        .containsExactly(
            tuple(Nudge.CUE_PENDING, "ending.ask-for-names"),
            tuple(Nudge.CUE_PENDING, "ending.offer-help"),
            tuple(Nudge.CUE_PENDING, "thanks.closing"));
    assertThat(inEnding.nudges().get(0).arguments().duration("left")).isEqualTo(time(1, 0));

    Timeline timeline = meeting.cover("e1", 18, 45).cover("e2", 19, 30).cover("e3", 20, 0)
        .end(20, 0).session().timeline();
    assertThat(timeline.total()).isEqualTo(time(20, 0));
    assertThat(timeline.withinBudget()).isTrue();
    PhaseTimeline discussion = timeline.phase(PhaseId.DISCUSSION);
    assertThat(discussion.actual()).isEqualTo(time(11, 0));
    assertThat(discussion.withinTimeBox()).isFalse();
    PhaseTimeline overview = timeline.phase(PhaseId.OVERVIEW);
    assertThat(overview.overrun()).isEqualTo(time(3, 0));
    assertThat(overview.overMaximum()).isEqualTo(time(2, 0));
    assertThat(timeline.phase(PhaseId.ENDING).actual()).isEqualTo(time(2, 0));
    assertThat(timeline.overruns()).extracting(PhaseTimeline::phase)
        .containsExactly(PhaseId.OVERVIEW);
    assertThat(timeline.cuesMissed()).extracting(c -> c.cue().id()).containsExactly(
        "thanks.opening", "intro.purpose", "overview.career");
  }

  @Test
  void anOverviewThatLeftTheDiscussionNoTimeMovesStraightToTheEnding() {
    Pacing pacing = startAt(0, 0).cue("overview.career", 0, 0).enter(PhaseId.OVERVIEW, 2, 0)
        .pacing(18, 0);

    assertThat(pacing.phase(PhaseId.DISCUSSION).allotted()).isZero();
    assertThat(nudges(pacing))
        .containsExactly("phase.move-to-protected.ending {phase=ending, keep=PT2M}");
  }

  @Test
  void meetingEndedEarlyIsAheadAndSkipsTheEnding() {
    MeetingSession session = startAt(0, 0)
        .cover("i1", 0, 30).cover("i2", 1, 0).cover("i3", 2, 0)
        .enter(PhaseId.OVERVIEW, 2, 0).cover("o1", 4, 0)
        .enter(PhaseId.DISCUSSION, 4, 0).cue("discussion.prepared-questions", 4, 0)
        .cover("q1", 7, 0).cover("q2", 10, 0)
        .end(10, 0).session();

    Pacing pacing = session.pacing(at(12, 0));
    assertThat(pacing.status()).isEqualTo(SessionStatus.ENDED);
    assertThat(pacing.meetingElapsed()).isEqualTo(time(10, 0));
    assertThat(pacing.meetingRemaining()).isEqualTo(time(10, 0));
    assertThat(pacing.drift()).isEqualTo(time(-10, 0));
    assertThat(pacing.reason().id()).isEqualTo(SessionFindings.AHEAD);
    assertThat(reasons(pacing)).containsExactly("pacing.phase-took discussion PT-8M",
        "pacing.phase-skipped ending PT-2M");
    assertThat(pacing.driftReasons().get(1).arguments().names())
        .containsExactly("phase", "planned", "drift");
    assertThat(pacing.phases()).extracting(PhasePace::state).containsExactly(
        PhasePace.State.DONE, PhasePace.State.DONE, PhasePace.State.DONE, PhasePace.State.SKIPPED);
    assertThat(pacing.nudges()).isEmpty();
    assertThat(pacing.projectedEnd()).contains(at(10, 0));

    Timeline timeline = session.timeline();
    assertThat(timeline.total()).isEqualTo(time(10, 0));
    assertThat(timeline.phase(PhaseId.ENDING).skipped()).isTrue();
    assertThat(timeline.item("q2").actual()).isEqualTo(time(3, 0));
    assertThat(timeline.item("q3").outcome()).isEqualTo(ItemTimeline.Outcome.NOT_REACHED);
    assertThat(timeline.item("e1").outcome()).isEqualTo(ItemTimeline.Outcome.NOT_REACHED);
    assertThat(timeline.cuesMissed()).extracting(c -> c.cue().id())
        .containsExactly("ending.ask-for-names", "ending.offer-help", "thanks.closing");
    List<Finding> lines = timeline.findings();
    assertThat(lines).extracting(Finding::key).containsExactly("timeline.total",
        "timeline.phase", "timeline.phase", "timeline.phase", "timeline.phase.skipped",
        "timeline.cues.missed");
    assertThat(lines.get(5).severity()).contains(Severity.WARNING);
    assertThat(lines.get(5).arguments().asMap()).containsExactly(entry("missed", 3L),
        entry("cues", "ending.ask-for-names, ending.offer-help, thanks.closing"));
  }

  @Test
  void pausedTimeDoesNotCount() {
    Meetings meeting = startAt(0, 0).enter(PhaseId.DISCUSSION, 2, 0).pause(6, 0);

    Pacing whilePaused = meeting.pacing(8, 0);
    assertThat(whilePaused.status()).isEqualTo(SessionStatus.PAUSED);
    assertThat(whilePaused.meetingElapsed()).isEqualTo(time(6, 0));
    assertThat(whilePaused.paused()).isEqualTo(time(2, 0));
    assertThat(whilePaused.phaseElapsed()).isEqualTo(time(4, 0));

    Pacing after = meeting.resume(11, 0).pacing(12, 0);
    assertThat(after.meetingElapsed()).isEqualTo(time(7, 0));
    assertThat(after.paused()).isEqualTo(time(5, 0));
    assertThat(after.phaseElapsed()).isEqualTo(time(5, 0));
    assertThat(after.projectedEnd()).contains(at(12, 0).plus(after.projectedTotal())
        .minus(time(7, 0)));

    Timeline timeline = meeting.end(15, 0).session().timeline();
    assertThat(timeline.total()).isEqualTo(time(10, 0));
    assertThat(timeline.paused()).isEqualTo(time(5, 0));
    assertThat(timeline.findings()).filteredOn(f -> f.id().equals(SessionFindings.TIMELINE_PAUSED))
        .extracting(f -> f.arguments().duration("paused")).containsExactly(time(5, 0));
  }

  @Test
  void coveredItemTimeLeavesOutPauses() {
    Timeline timeline = startAt(0, 0).enter(PhaseId.DISCUSSION, 2, 0).pause(3, 0)
        .resume(8, 0).cover("q1", 9, 0).end(9, 0).session().timeline();

    assertThat(timeline.item("q1").actual()).isEqualTo(time(2, 0));
  }

  @Test
  void overBudgetAndCeilingAreNudged() {
    Meetings meeting = startAt(0, 0).enter(PhaseId.OVERVIEW, 2, 0)
        .enter(PhaseId.DISCUSSION, 4, 0).enter(PhaseId.ENDING, 18, 0)
        .cue("ending.ask-for-names", 19, 0).cue("ending.offer-help", 19, 0)
        .cue("thanks.closing", 19, 0);

    assertThat(nudges(meeting.pacing(28, 30))).containsExactly(
        "meeting.ceiling {ceiling=PT30M, left=PT1M30S}",
        "meeting.over-budget {budget=PT20M, over=PT8M30S}",
        "phase.over.close {phase=ending, taken=PT10M30S, planned=PT2M, over=PT8M30S}");

    Pacing past = meeting.pacing(30, 45);
    assertThat(nudges(past).get(0)).isEqualTo("meeting.ceiling.passed {ceiling=PT30M, over=PT45S}");
    assertThat(past.nudges().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(past.ceilingRemaining()).isZero();
    assertThat(past.meetingRemaining()).isZero();
    assertThat(past.phaseRemaining()).isZero();

    Timeline timeline = meeting.end(30, 45).session().timeline();
    assertThat(timeline.overBudget()).isEqualTo(time(10, 45));
    assertThat(timeline.overCeiling()).isEqualTo(time(0, 45));
    assertThat(timeline.withinCeiling()).isFalse();
    Finding total = timeline.findings().get(0);
    assertThat(total.key()).isEqualTo("timeline.total.over-ceiling");
    assertThat(total.arguments().asMap()).containsExactly(entry("total", time(30, 45)),
        entry("budget", time(20, 0)), entry("over", time(10, 45)), entry("ceiling", time(30, 0)),
        entry("overCeiling", time(0, 45)));
  }

  @Test
  void absorbingPhasesCanBeChosen() {
    PacingOptions options = PacingOptions.builder()
        .absorbingPhases(Set.of(PhaseId.OVERVIEW, PhaseId.DISCUSSION)).build();

    Pacing pacing = startAt(0, 0).enter(PhaseId.OVERVIEW, 5, 0).pacing(5, 0, options);

    assertThat(pacing.phase(PhaseId.DISCUSSION).allotted()).isEqualTo(time(12, 0));
    assertThat(pacing.phase(PhaseId.OVERVIEW).allotted()).isEqualTo(time(1, 0));
    assertThat(pacing.phase(PhaseId.OVERVIEW).change()).map(Finding::key)
        .contains("pacing.shortened.keeping");
  }

  @Test
  void protectedPhasesCanBeChosen() {
    Meetings meeting = startAt(0, 0).enter(PhaseId.OVERVIEW, 2, 0)
        .enter(PhaseId.DISCUSSION, 22, 0);

    Pacing protecting = meeting.pacing(22, 0);
    assertThat(protecting.phase(PhaseId.DISCUSSION).allotted()).isZero();
    assertThat(protecting.phase(PhaseId.ENDING).allotted()).isEqualTo(time(2, 0));
    assertThat(protecting.unabsorbed()).isEqualTo(time(4, 0));

    Pacing notProtecting = meeting.pacing(22, 0,
        PacingOptions.builder().protectedPhases(Set.of()).build());
    assertThat(notProtecting.phase(PhaseId.ENDING).allotted()).isZero();
    assertThat(notProtecting.unabsorbed()).isEqualTo(time(2, 0));
    Finding ending = notProtecting.phase(PhaseId.ENDING).change().orElseThrow();
    assertThat(ending.key()).isEqualTo("pacing.shortened.below-minimum");
    assertThat(ending.arguments().asMap()).containsExactly(entry("phase", "ending"),
        entry("amount", time(2, 0)), entry("end", time(20, 0)), entry("minimum", time(2, 0)));
  }

  @Test
  void anAbsorbingPhaseNamedByTheOptionsIsNoLongerProtected() {
    PacingOptions options = PacingOptions.builder()
        .absorbingPhases(Set.of(PhaseId.ENDING)).build();

    Pacing pacing = startAt(0, 0).enter(PhaseId.OVERVIEW, 3, 0).pacing(3, 0, options);

    assertThat(pacing.phase(PhaseId.ENDING).allotted()).isEqualTo(time(2, 0));
    assertThat(pacing.phase(PhaseId.DISCUSSION).allotted()).isEqualTo(time(13, 0));
    assertThat(pacing.phase(PhaseId.DISCUSSION).change()).map(Finding::key)
        .contains("pacing.shortened");
  }

  @Test
  void aProtectedPhaseBeforeTheShortenedOneIsNotNamedAsKept() {
    PacingOptions options = PacingOptions.builder()
        .protectedPhases(Set.of(PhaseId.OVERVIEW)).build();

    Pacing pacing = startAt(0, 0).enter(PhaseId.OVERVIEW, 3, 0).pacing(3, 0, options);

    assertThat(pacing.phase(PhaseId.DISCUSSION).allotted()).isEqualTo(time(13, 0));
    assertThat(pacing.phase(PhaseId.DISCUSSION).change()).map(Finding::key)
        .contains("pacing.shortened");
  }

  @Test
  void anAgendaOverItsBudgetIsShortenedDownToTheFirstPhase() {
    Agenda agenda = SampleMeeting.agenda();
    List<AgendaItem> items = agenda.items().stream()
        .map(i -> i.id().equals("i1") ? i.withPlanned(i.planned().plusMinutes(4)) : i)
        .collect(Collectors.toList());
    MeetingSession session = MeetingSession.of(Agenda.builder().from(agenda).items(items).build());

    Pacing pacing = session.pacing(at(-5, 0));

    assertThat(pacing.phases()).extracting(PhasePace::planned)
        .containsExactly(time(6, 0), time(2, 0), time(14, 0), time(2, 0));
    assertThat(pacing.phases()).extracting(PhasePace::allotted)
        .containsExactly(time(5, 0), time(1, 0), time(12, 0), time(2, 0));
    assertThat(pacing.phase(PhaseId.INTRODUCTION).change()).map(Finding::key)
        .contains("pacing.shortened.keeping");
    assertThat(pacing.unabsorbed()).isZero();
  }

  @Test
  void aPhaseWithoutItemsIsPlannedAtItsTimeBoxTarget() {
    Agenda agenda = SampleMeeting.agenda();
    List<AgendaItem> items = agenda.items().stream()
        .filter(i -> !i.phase().equals(PhaseId.OVERVIEW)).collect(Collectors.toList());
    MeetingSession session = MeetingSession.of(Agenda.builder().from(agenda).items(items).build());

    Pacing pacing = session.pacing(at(-5, 0));

    assertThat(pacing.phases()).extracting(PhasePace::planned)
        .containsExactly(time(2, 0), time(2, 0), time(14, 0), time(2, 0));
  }

  @Test
  void theCeilingNudgeStartsExactlyAtTheWarningAndSaysEndAtTheCeiling() {
    Meetings meeting = startAt(0, 0).enter(PhaseId.ENDING, 1, 0)
        .cue("ending.ask-for-names", 1, 0).cue("ending.offer-help", 1, 0)
        .cue("thanks.closing", 1, 0).cover("e1", 1, 0).cover("e2", 1, 0).cover("e3", 1, 0);

    assertThat(meeting.pacing(27, 59).hasNudge(Nudge.CEILING)).isFalse();
    assertThat(nudges(meeting.pacing(28, 0)).get(0))
        .isEqualTo("meeting.ceiling {ceiling=PT30M, left=PT2M}");
    assertThat(nudges(meeting.pacing(30, 0)).get(0))
        .isEqualTo("meeting.ceiling.passed {ceiling=PT30M, over=PT0S}");
  }

  @Test
  void theMeetingIsOverBudgetOnlyPastTheBudget() {
    Meetings meeting = startAt(0, 0).enter(PhaseId.ENDING, 1, 0);

    assertThat(meeting.pacing(20, 0).hasNudge(Nudge.OVER_BUDGET)).isFalse();
    assertThat(nudges(meeting.pacing(20, 1)))
        .contains("meeting.over-budget {budget=PT20M, over=PT1S}");
  }

  @Test
  void optionsResolveTheFirstPhaseOfThePlan() {
    PacingOptions options = PacingOptions.builder()
        .absorbingPhases(Set.of(PhaseId.INTRODUCTION)).build();

    assertThat(options.absorbingPhases(MeetingPlans.twentyMinute()))
        .containsExactly(PhaseId.INTRODUCTION);
    assertThat(options.protectedPhases(MeetingPlans.twentyMinute()))
        .containsExactly(PhaseId.ENDING);
  }

  @Test
  void refusesOptionsNamingAPhaseThePlanLacks() {
    PacingOptions options = PacingOptions.builder()
        .absorbingPhases(Set.of(PhaseId.of("coffee"))).build();
    MeetingSession session = startAt(0, 0).session();

    assertThatThrownBy(() -> session.pacing(at(1, 0), options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pacing options name absorbing phase coffee, which plan \"The 20-minute"
            + " networking meeting\" does not have; its phases are [introduction, overview,"
            + " discussion, ending]");
  }

  @Test
  void refusesOptionsThatBothAbsorbAndProtectAPhase() {
    assertThatThrownBy(() -> PacingOptions.builder().absorbingPhases(Set.of(PhaseId.ENDING))
        .protectedPhases(Set.of(PhaseId.ENDING)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pacing options name [ending] both absorbing and protected; a phase cannot"
            + " both give up time and keep it");
  }

  @Test
  void refusesAnInstantBeforeTheLatestEvent() {
    MeetingSession session = startAt(0, 0).enter(PhaseId.OVERVIEW, 2, 0).session();

    assertThatThrownBy(() -> session.pacing(at(1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pacing instant 2026-03-10T15:01:00Z is before the session's latest event at"
            + " 2026-03-10T15:02:00Z; pace at that instant or later");
  }

  @Test
  void pacingIsTheSameForTheSameArguments() {
    MeetingSession session = Meetings.punctual().asOf(19, 0);

    assertThat(session.pacing(at(19, 0))).isEqualTo(session.pacing(at(19, 0)))
        .isEqualTo(MeetingSession.replay(Meetings.agenda(), session.events()).pacing(at(19, 0)));
    assertThat(session.pacing(at(19, 0)).toString())
        .isEqualTo(session.pacing(at(19, 0)).summary(java.util.Locale.ENGLISH));
  }

  @Test
  void nudgeRefusesAnUnknownDuration() {
    Nudge nudge = Meetings.punctual().pacingAsOf(16, 30).nudges().get(0);

    assertThatThrownBy(() -> nudge.duration("over"))
        .isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(nudge.duration("left")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Nudge.currentId("ending.move-now")).isEqualTo(Nudge.MOVE_TO_PROTECTED_PHASE);
    assertThat(Nudge.currentId(Nudge.CEILING)).isEqualTo(Nudge.CEILING);
  }
}
