package io.github.twentyminute.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.followup.FollowUpWindow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TouchpointTests {
  private static final Instant LAST = Instant.parse("2026-05-01T15:20:00Z");
  private static final FollowUpWindow WINDOW =
      FollowUpWindow.of(Duration.ofDays(30), Duration.ofDays(45), 1);
  private static final Instant IDEAL = LAST.plus(Duration.ofDays(30));
  private static final Instant MAXIMUM = LAST.plus(Duration.ofDays(45));

  @Test
  void isUpcomingBeforeTheIdealDue() {
    assertThat(Touchpoint.statusAt(LAST, WINDOW, LAST)).isEqualTo(TouchpointStatus.UPCOMING);
    assertThat(Touchpoint.statusAt(LAST, WINDOW, IDEAL.minusNanos(1)))
        .isEqualTo(TouchpointStatus.UPCOMING);
  }

  @Test
  void isDueFromTheIdealDueUpToAndIncludingTheMaximumDue() {
    assertThat(Touchpoint.statusAt(LAST, WINDOW, IDEAL)).isEqualTo(TouchpointStatus.DUE);
    assertThat(Touchpoint.statusAt(LAST, WINDOW, MAXIMUM)).isEqualTo(TouchpointStatus.DUE);
  }

  @Test
  void isOverdueAfterTheMaximumDue() {
    assertThat(Touchpoint.statusAt(LAST, WINDOW, MAXIMUM.plusNanos(1)))
        .isEqualTo(TouchpointStatus.OVERDUE);
  }
}
