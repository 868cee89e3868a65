package io.github.twentyminute.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ArgumentsTests {
  @Test
  void keepsTypedValuesInTheOrderAdded() {
    Instant at = Instant.parse("2026-03-02T14:00:00Z");
    Arguments arguments = Arguments.builder().text("itemId", "q1").duration("planned",
        Duration.ofMinutes(6)).count("count", 3).instant("at", at).build();

    assertThat(arguments.names()).containsExactly("itemId", "planned", "count", "at");
    assertThat(arguments.text("itemId")).isEqualTo("q1");
    assertThat(arguments.duration("planned")).isEqualTo(Duration.ofMinutes(6));
    assertThat(arguments.count("count")).isEqualTo(3);
    assertThat(arguments.instant("at")).isEqualTo(at);
    assertThat(arguments.get("missing")).isEmpty();
    assertThat(arguments.has("count")).isTrue();
  }

  @Test
  void refusesAMissingArgumentAndOneOfAnotherType() {
    Arguments arguments = Arguments.builder().count("count", 3).build();

    assertThatThrownBy(() -> arguments.duration("planned"))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> arguments.text("count")).isInstanceOf(ClassCastException.class);
  }

  @Test
  void refusesABadNameAndANameSetTwice() {
    assertThatThrownBy(() -> Arguments.builder().count("Count", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Arguments.builder().count("count", 1).count("count", 2))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equalWhenTheSameNamesHoldEqualValues() {
    assertThat(Arguments.builder().count("count", 1).build())
        .isEqualTo(Arguments.builder().count("count", 1).build())
        .hasSameHashCodeAs(Arguments.builder().count("count", 1).build())
        .isNotEqualTo(Arguments.builder().count("count", 2).build());
    assertThat(Arguments.builder().build()).isSameAs(Arguments.none());
  }
}
