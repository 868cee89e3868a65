package io.github.twentyminute.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.fit.FitResult;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.Pacing;
import io.github.twentyminute.session.SessionStatus;
import org.junit.jupiter.api.Test;

/** Runs each pacing and fitting benchmark once, so a broken set-up fails the build, not the run. */
class SessionBenchmarkTests {
  @Test
  void pacingBenchmarkPacesTheEndingOfA30EventSession() {
    PacingBenchmark benchmark = new PacingBenchmark();
    benchmark.setUp();

    Pacing pacing = benchmark.pace();

    assertThat(pacing.status()).isEqualTo(SessionStatus.RUNNING);
    assertThat(pacing.currentPhase()).contains(PhaseId.ENDING);
    assertThat(benchmark.replayAndPace()).isEqualTo(pacing);
  }

  @Test
  void fitterBenchmarkFitsBothAgendas() {
    FitterBenchmark benchmark = new FitterBenchmark();
    benchmark.items = 1000;
    benchmark.setUp();

    FitResult over = benchmark.overBudget();
    FitResult under = benchmark.underBudget();

    assertThat(over.fits()).isTrue();
    assertThat(over.after()).isLessThan(over.before());
    assertThat(under.fits()).isTrue();
    assertThat(under.after()).isGreaterThan(under.before());
  }

  @Test
  void sessionReadBenchmarkReadsBackTheSessionItReplays() {
    SessionReadBenchmark benchmark = new SessionReadBenchmark();
    benchmark.events = 1001;
    benchmark.setUp();

    MeetingSession read = benchmark.read();

    assertThat(read.events()).hasSize(1001);
    assertThat(read.status()).isEqualTo(SessionStatus.RUNNING);
    assertThat(benchmark.replay()).isEqualTo(read);
  }
}
