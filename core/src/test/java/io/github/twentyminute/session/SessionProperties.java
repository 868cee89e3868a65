package io.github.twentyminute.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionProperties {
  @Test
  void theGeneratorReachesEveryEventAndEveryStatus() {
    Set<Class<?>> accepted = new HashSet<>();
    Set<SessionStatus> statuses = new HashSet<>();
    int[] refusals = {0};
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      script.session.events().forEach(e -> accepted.add(e.getClass()));
      statuses.add(script.session.status());
      refusals[0] += script.refused.size();
    });

    assertThat(accepted).hasSize(9);
    assertThat(statuses).containsExactlyInAnyOrder(SessionStatus.values());
    assertThat(refusals[0]).isGreaterThan(400);
  }

  @Test
  void replayingASessionsEventsRebuildsItExactly() {
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      MeetingSession replayed = MeetingSession.replay(script.agenda, script.session.events());

      assertThat(replayed).isEqualTo(script.session);
      assertThat(replayed.status()).isEqualTo(script.session.status());
      assertThat(replayed.currentPhase()).isEqualTo(script.session.currentPhase());
      for (int i = 0; i < replayed.events().size(); i++) {
        assertThat(replayed.effectiveInstant(i)).isEqualTo(script.session.effectiveInstant(i));
      }
    });
  }

  @Test
  void pacingIsAPureFunctionOfAgendaEventsAndInstant() {
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      MeetingSession copy = MeetingSession.replay(script.agenda,
          new ArrayList<>(script.session.events()));

      Pacing first = script.session.pacing(script.now);
      Pacing again = script.session.pacing(script.now);
      Pacing fromCopy = copy.pacing(script.now);

      assertThat(again).isEqualTo(first);
      assertThat(fromCopy).isEqualTo(first);
      assertThat(first.at()).isEqualTo(script.now);
    });
  }

  @Test
  void remainingTimeIsNeverNegative() {
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      for (Instant when : List.of(script.now, script.later)) {
        Pacing pacing = script.session.pacing(when);
        assertThat(pacing.meetingRemaining()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(pacing.ceilingRemaining()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(pacing.phaseRemaining()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(pacing.meetingElapsed()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(pacing.paused()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(pacing.unabsorbed()).isGreaterThanOrEqualTo(Duration.ZERO);
        for (PhasePace phase : pacing.phases()) {
          assertThat(phase.remaining()).isGreaterThanOrEqualTo(Duration.ZERO);
          assertThat(phase.allotted()).isGreaterThanOrEqualTo(phase.actual());
        }
        for (Nudge nudge : pacing.nudges()) {
          nudge.arguments().asMap().values().stream().filter(v -> v instanceof Duration)
              .forEach(d -> assertThat((Duration) d).isGreaterThanOrEqualTo(Duration.ZERO));
        }
      }
    });
  }

  @Test
  void elapsedAndPausedAddUpToTheWallClockAndPhasesToTheElapsedTime() {
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      Pacing pacing = script.session.pacing(script.now);
      if (script.session.startedAt().isEmpty()) {
        assertThat(pacing.meetingElapsed()).isZero();
        return;
      }
      Instant until = script.session.endedAt().orElse(script.now);
      assertThat(pacing.meetingElapsed().plus(pacing.paused()))
          .isEqualTo(Duration.between(script.session.startedAt().get(), until));
      Duration phases = pacing.phases().stream().map(PhasePace::actual)
          .reduce(Duration.ZERO, Duration::plus);
      assertThat(phases).isEqualTo(pacing.meetingElapsed());
    });
  }

  @Test
  void theRePlanNeverTouchesAProtectedPhaseOrThePast() {
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      Pacing pacing = script.session.pacing(script.now);
      for (PhasePace phase : pacing.phases()) {
        boolean protectedPhase = script.agenda.plan().requirePhase(phase.phase()).keepsItsTime();
        if (phase.state() == PhasePace.State.UPCOMING && protectedPhase) {
          assertThat(phase.allotted()).isEqualTo(phase.planned());
        }
        if (phase.state() == PhasePace.State.DONE || phase.state() == PhasePace.State.SKIPPED) {
          assertThat(phase.allotted()).isEqualTo(phase.actual());
          assertThat(phase.change()).isEmpty();
        }
      }
    });
  }

  @Test
  void aRefusedEventLeavesTheSessionAsItWas() {
    qt().withExamples(200).forAll(SessionScripts.scripts()).checkAssert(script -> {
      for (int i = 0; i < script.refused.size(); i++) {
        MeetingSession before = script.refusedBy.get(i);
        List<SessionEvent> eventsBefore = List.copyOf(before.events());
        SessionEvent event = script.refused.get(i);

        assertThatThrownBy(() -> before.apply(event))
            .isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class);
        assertThat(before.events()).isEqualTo(eventsBefore);
        assertThat(MeetingSession.replay(before.agenda(), eventsBefore)).isEqualTo(before);
      }
    });
  }

  @Test
  void anEndedMeetingsTimelineAddsUp() {
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      if (script.session.status() != SessionStatus.ENDED) {
        return;
      }
      Timeline timeline = script.session.timeline();
      Duration phases = timeline.phases().stream().map(PhaseTimeline::actual)
          .reduce(Duration.ZERO, Duration::plus);
      assertThat(phases).isEqualTo(timeline.total());
      assertThat(timeline.total().plus(timeline.paused()))
          .isEqualTo(Duration.between(timeline.start(), timeline.end()));
      assertThat(timeline.total()).isEqualTo(script.session.pacing(script.now).meetingElapsed());
      assertThat(timeline.items()).allSatisfy(item -> {
        if (item.outcome() != ItemTimeline.Outcome.COVERED) {
          assertThat(item.actual()).isZero();
        }
      });
    });
  }

  @Test
  void everyFindingRendersInEveryShippedLocaleWithAllItsArguments() {
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      for (Instant when : List.of(script.now, script.later)) {
        Pacing pacing = script.session.pacing(when);
        List<Finding> findings = new ArrayList<>();
        findings.add(pacing.reason());
        findings.addAll(pacing.driftReasons());
        pacing.nudges().forEach(n -> findings.add(n.finding()));
        pacing.phases().forEach(p -> p.change().ifPresent(findings::add));
        if (script.session.status() == SessionStatus.ENDED) {
          findings.addAll(script.session.timeline().findings());
        }
        for (Locale locale : Renderer.shippedLocales()) {
          Renderer renderer = Renderer.of(locale);
          for (Finding finding : findings) {
            assertThat(renderer.message(finding)).as("%s in %s", finding.key(), locale)
                .isNotBlank().doesNotContain("{").doesNotContain(finding.id());
            renderer.hint(finding).ifPresent(h -> assertThat(h).isNotBlank().doesNotContain("{"));
          }
          assertThat(pacing.summary(locale)).isNotBlank().doesNotContain("{");
        }
      }
    });
  }

  @Test
  void theDriftReasonsAddUpToTheDrift() {
    qt().withExamples(400).forAll(SessionScripts.scripts()).checkAssert(script -> {
      Pacing pacing = script.session.pacing(script.now);
      Duration sum = pacing.driftReasons().stream().map(f -> f.arguments().duration("drift"))
          .reduce(Duration.ZERO, Duration::plus);
      assertThat(sum).isEqualTo(pacing.drift());
      assertThat(pacing.reason().arguments().duration("drift")).isEqualTo(pacing.drift().abs());
      pacing.nudges().forEach(n -> assertThat(n.finding().severity()).isPresent());
    });
  }
}
