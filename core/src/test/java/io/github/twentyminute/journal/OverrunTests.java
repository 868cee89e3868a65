package io.github.twentyminute.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Contact;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OverrunTests {
  private static final Duration BUDGET = Duration.ofMinutes(20);
  private static final Duration CEILING = Duration.ofMinutes(30);

  private static Overrun overrun(Duration total) {
    return Overrun.builder().recordId("m1").person(Contact.named("Dana Reyes"))
        .meetingEnd(Instant.parse("2026-05-01T15:20:00Z")).total(total).budget(BUDGET)
        .hardCeiling(CEILING).build();
  }

  @Test
  void isPastTheCeilingOnlyWhenTheTotalIsAboveIt() {
    assertThat(overrun(CEILING).pastCeiling()).isFalse();
    assertThat(overrun(CEILING.plusSeconds(1)).pastCeiling()).isTrue();
    assertThat(overrun(BUDGET.plusSeconds(1)).pastCeiling()).isFalse();
  }

  @Test
  void needsATotalAboveTheBudget() {
    assertThat(overrun(BUDGET.plusSeconds(1)).total()).isEqualTo(Duration.ofSeconds(1201));
    assertThatThrownBy(() -> overrun(BUDGET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overrun of m1 needs a total (20:00) above the budget (20:00)");
    assertThatThrownBy(() -> overrun(BUDGET.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overrun of m1 needs a total (19:59) above the budget (20:00)");
  }
}
