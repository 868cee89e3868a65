package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeBoxTests {
  private static Duration min(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  private static Duration sec(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void keepsMinTargetAndMax() {
    TimeBox box = TimeBox.ofMinutes(12, 14, 15);

    assertThat(box.min()).isEqualTo(min(12));
    assertThat(box.target()).isEqualTo(min(14));
    assertThat(box.max()).isEqualTo(min(15));
    assertThat(box).isEqualTo(TimeBox.of(min(12), min(14), min(15)));
  }

  @Test
  void rejectsNegativeMin() {
    assertThatThrownBy(() -> TimeBox.of(sec(-30), min(1), min(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box min must be zero or positive, but was -0:30 (PT-30S)");
  }

  @Test
  void rejectsNegativeTarget() {
    assertThatThrownBy(() -> TimeBox.of(min(0), min(-1), min(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box target must be zero or positive, but was -1:00 (PT-1M)");
  }

  @Test
  void rejectsNegativeMax() {
    assertThatThrownBy(() -> TimeBox.of(min(0), min(0), min(-2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box max must be zero or positive, but was -2:00 (PT-2M)");
  }

  @Test
  void rejectsMaxBelowMin() {
    assertThatThrownBy(() -> TimeBox.ofMinutes(16, 16, 15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box max (15:00) is below its min (16:00)");
  }

  @Test
  void rejectsTargetBelowMin() {
    assertThatThrownBy(() -> TimeBox.ofMinutes(2, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box target (1:00) is below its min (2:00)");
  }

  @Test
  void rejectsTargetAboveMax() {
    assertThatThrownBy(() -> TimeBox.of(min(1), sec(200), min(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box target (3:20) is above its max (3:00)");
  }

  @Test
  void rejectsTargetOutsideTheBoxInWithTarget() {
    assertThatThrownBy(() -> TimeBox.ofMinutes(12, 14, 15).withTarget(min(16)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box target (16:00) is above its max (15:00)");
  }

  @Test
  void rejectsNullParts() {
    assertThatThrownBy(() -> TimeBox.of(null, min(1), min(2)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("min");
  }

  @Test
  void acceptsAnEmptyBox() {
    TimeBox box = TimeBox.exactly(Duration.ZERO);

    assertThat(box.span()).isEqualTo(Duration.ZERO);
    assertThat(box.toString()).isEqualTo("0:00/0:00/0:00");
  }

  @Test
  void exactlyHasEqualParts() {
    TimeBox box = TimeBox.exactly(min(2));

    assertThat(box).isEqualTo(TimeBox.ofMinutes(2, 2, 2));
    assertThat(box.span()).isEqualTo(Duration.ZERO);
  }

  @Test
  void spanIsMaxMinusMin() {
    assertThat(TimeBox.ofMinutes(12, 14, 15).span()).isEqualTo(min(3));
  }

  @Test
  void containsItsBoundsAndNothingOutside() {
    TimeBox box = TimeBox.ofMinutes(12, 14, 15);

    assertThat(box.contains(min(12))).isTrue();
    assertThat(box.contains(min(15))).isTrue();
    assertThat(box.contains(min(13))).isTrue();
    assertThat(box.contains(min(12).minusSeconds(1))).isFalse();
    assertThat(box.contains(min(15).plusSeconds(1))).isFalse();
  }

  @Test
  void overrunIsTimePastTheMax() {
    TimeBox box = TimeBox.ofMinutes(12, 14, 15);

    assertThat(box.overrun(sec(16 * 60 + 30))).isEqualTo(sec(90));
    assertThat(box.overrun(min(15))).isEqualTo(Duration.ZERO);
    assertThat(box.overrun(min(3))).isEqualTo(Duration.ZERO);
  }

  @Test
  void shortfallIsTimeMissingToTheMin() {
    TimeBox box = TimeBox.ofMinutes(12, 14, 15);

    assertThat(box.shortfall(sec(10 * 60 + 15))).isEqualTo(sec(105));
    assertThat(box.shortfall(min(12))).isEqualTo(Duration.ZERO);
    assertThat(box.shortfall(min(20))).isEqualTo(Duration.ZERO);
  }

  @Test
  void clampMovesADurationIntoTheBox() {
    TimeBox box = TimeBox.ofMinutes(12, 14, 15);

    assertThat(box.clamp(min(3))).isEqualTo(min(12));
    assertThat(box.clamp(min(13))).isEqualTo(min(13));
    assertThat(box.clamp(min(40))).isEqualTo(min(15));
  }

  @Test
  void withTargetKeepsMinAndMax() {
    assertThat(TimeBox.ofMinutes(12, 14, 15).withTarget(min(12)))
        .isEqualTo(TimeBox.ofMinutes(12, 12, 15));
  }

  @Test
  void printsMinTargetMaxAsMinutesAndSeconds() {
    assertThat(TimeBox.ofMinutes(12, 14, 15).toString()).isEqualTo("12:00/14:00/15:00");
    assertThat(TimeBox.of(sec(45), sec(90), min(61)).toString()).isEqualTo("0:45/1:30/1:01:00");
  }

  @Test
  void printsFractionsOfASecondInIso() {
    TimeBox box = TimeBox.of(Duration.ofMillis(500), min(1), Duration.ofMillis(60_250));

    assertThat(box.toString()).isEqualTo("PT0.5S/1:00/PT1M0.25S");
    assertThat(TimeBox.parse(box.toString())).isEqualTo(box);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "12:00/14:00/15:00", "0:00/0:00/0:00", "0:45/1:30/1:01:00", "1:00:00/2:30:15/10:00:00"})
  void parsesWhatItPrints(String text) {
    assertThat(TimeBox.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parsesIsoAndHoursAndSpaces() {
    assertThat(TimeBox.parse("PT12M/ 14:00 /0:15:00")).isEqualTo(TimeBox.ofMinutes(12, 14, 15));
    assertThat(TimeBox.parse("90:00/1:30:00/PT1H30M")).isEqualTo(TimeBox.ofMinutes(90, 90, 90));
  }

  @Test
  void parseReadsTheLongestBoxBack() {
    Duration longest = Durations.MAX;
    Duration wholeSeconds = Durations.MAX.minusSeconds(1);
    TimeBox box = TimeBox.of(Duration.ZERO, wholeSeconds, longest);

    assertThat(box.toString()).isEqualTo("0:00/PT876599H59M59S/PT876600H");
    assertThat(TimeBox.parse(box.toString())).isEqualTo(box);
  }

  @Test
  void refusesADurationBeyondTheLongestTheLibraryAccepts() {
    assertThatThrownBy(() -> TimeBox.of(Duration.ZERO, Duration.ZERO, Durations.MAX.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseRoundTripsTheBooksBoxes() {
    for (PhasePlan phase : MeetingPlans.twentyMinute().phases()) {
      assertThat(TimeBox.parse(phase.timeBox().toString())).isEqualTo(phase.timeBox());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"12:00/14:00", "12:00/14:00/15:00/16:00", "", "12:00"})
  void parseRejectsWrongNumberOfParts(String text) {
    assertThatThrownBy(() -> TimeBox.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box must be written min/target/max, such as 12:00/14:00/15:00, but was \""
            + text + "\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "12:00/14:xx/15:00 | target | 14:xx",
      "12:00/14:5/15:00  | target | 14:5",
      "1:60/2:00/3:00    | min    | 1:60",
      "1:00/2:00/1:75:00 | max    | 1:75:00",
      "12/14/15          | min    | 12",
      "1:00/2:00/PXYZ    | max    | PXYZ",
      "1:00/+2:00/3:00   | target | +2:00",
      "1:00//3:00        | target | ''",
      "1:00/2:00/:30     | max    | :30",
      "1:00/2:00/3:-5    | max    | 3:-5",
      "0:00/0:00/999999999999999999:00 | max | 999999999999999999:00",
      "0:00/0:00/9999999999999999999:00 | max | 9999999999999999999:00"})
  void parseRejectsUnreadablePartsNamingThem(String text, String field, String part) {
    assertThatThrownBy(() -> TimeBox.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box " + field + " must be m:ss, h:mm:ss or ISO-8601 such as PT12M, but"
            + " was \"" + part + "\" in \"" + text + "\"");
  }

  @Test
  void parseRejectsANegativePartAsNegative() {
    assertThatThrownBy(() -> TimeBox.parse("-0:30/1:00/2:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box min must be zero or positive, but was -0:30 (PT-30S)");
    assertThatThrownBy(() -> TimeBox.parse("0:30/1:00/-PT2M"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box max must be zero or positive, but was -2:00 (PT-2M)");
  }

  @Test
  void parseRejectsAnOutOfOrderBox() {
    assertThatThrownBy(() -> TimeBox.parse("16:00/16:00/15:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time box max (15:00) is below its min (16:00)");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> TimeBox.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}
