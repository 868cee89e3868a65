package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTests {

  @Test
  void standardPolicyHasTheDocumentedWindows() {
    FollowUpPolicy policy = FollowUpPolicy.standard();

    assertThat(policy.window(FollowUpKind.THANK_YOU_NOTE))
        .isEqualTo(FollowUpWindow.of(Duration.ofHours(24), Duration.ofHours(72), 3));
    assertThat(policy.window(FollowUpKind.CONTACT_REFERRAL))
        .isEqualTo(FollowUpWindow.of(Duration.ofDays(3), Duration.ofDays(14), 2));
    assertThat(policy.window(FollowUpKind.DELIVER_PROMISE))
        .isEqualTo(FollowUpWindow.of(Duration.ofDays(2), Duration.ofDays(7), 3));
    assertThat(policy.window(FollowUpKind.TAKE_UP_OFFER))
        .isEqualTo(FollowUpWindow.of(Duration.ofDays(3), Duration.ofDays(14), 2));
    assertThat(policy.window(FollowUpKind.REPORT_BACK))
        .isEqualTo(FollowUpWindow.of(Duration.ofDays(14), Duration.ofDays(30), 2));
    assertThat(policy.window(FollowUpKind.NEXT_TOUCHPOINT))
        .isEqualTo(FollowUpWindow.of(Duration.ofDays(60), Duration.ofDays(90), 1));
    assertThat(policy.windows()).hasSize(FollowUpKind.values().length);
  }

  @Test
  void aFollowUpAfterAMeetingHasTheStandardPolicyUnlessGivenItsOwn() {
    Instant end = Instant.parse("2026-03-10T15:21:30Z");
    FollowUpPolicy quick = FollowUpPolicy.standard().withWindow(FollowUpKind.THANK_YOU_NOTE,
        FollowUpWindow.of(Duration.ofHours(12), Duration.ofHours(24), 5));
    FollowUp own = FollowUp.builder().meetingEnd(end).policy(quick).build();

    assertThat(FollowUp.after(end).policy()).isEqualTo(FollowUpPolicy.standard());
    assertThat(own.policy().window(FollowUpKind.THANK_YOU_NOTE).ideal())
        .isEqualTo(Duration.ofHours(12));
    assertThat(own).isNotEqualTo(FollowUp.after(end));
  }

  @Test
  void withWindowChangesOnlyThatKind() {
    FollowUpWindow slower = FollowUpWindow.of(Duration.ofDays(7), Duration.ofDays(21), 4);
    FollowUpPolicy policy = FollowUpPolicy.standard().withWindow(FollowUpKind.REPORT_BACK, slower);

    assertThat(policy.window(FollowUpKind.REPORT_BACK)).isEqualTo(slower);
    for (FollowUpKind kind : FollowUpKind.values()) {
      if (kind != FollowUpKind.REPORT_BACK) {
        assertThat(policy.window(kind)).isEqualTo(FollowUpPolicy.standard().window(kind));
      }
    }
  }

  @Test
  void rejectsPolicyMissingAKind() {
    Map<FollowUpKind, FollowUpWindow> windows =
        new EnumMap<>(FollowUpPolicy.standard().windows());
    windows.remove(FollowUpKind.NEXT_TOUCHPOINT);
    windows.remove(FollowUpKind.TAKE_UP_OFFER);

    assertThatThrownBy(() -> FollowUpPolicy.builder().windows(windows).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up policy needs a window for every kind, but has none for"
            + " [TAKE_UP_OFFER, NEXT_TOUCHPOINT]; maybe start from"
            + " FollowUpPolicy.standard().withWindow(..)");
  }

  @Test
  void rejectsMaximumBelowIdeal() {
    assertThatThrownBy(() -> FollowUpWindow.of(Duration.ofHours(48), Duration.ofHours(24), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up window maximum (PT24H) is below its ideal (PT48H)");
  }

  @Test
  void rejectsNegativeIdeal() {
    assertThatThrownBy(() -> FollowUpWindow.of(Duration.ofHours(-1), Duration.ofHours(24), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up window ideal must be zero or positive, but was -1:00:00 (PT-1H)");
  }

  @Test
  void rejectsWeightBelowOne() {
    assertThatThrownBy(() -> FollowUpWindow.of(Duration.ZERO, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up window weight must be at least 1, but was 0");
  }

  @Test
  void acceptsIdealEqualToMaximum() {
    FollowUpWindow window = FollowUpWindow.of(Duration.ofDays(1), Duration.ofDays(1), 1);

    assertThat(window.ideal()).isEqualTo(window.maximum());
    assertThat(window.withWeight(4).weight()).isEqualTo(4);
  }

  @Test
  void kindsHaveStableIds() {
    assertThat(FollowUpKind.THANK_YOU_NOTE.id()).isEqualTo("thank-you-note");
    assertThat(FollowUpKind.ofId("report-back")).isEqualTo(FollowUpKind.REPORT_BACK);
    assertThatThrownBy(() -> FollowUpKind.ofId("thanks"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up kind must be one of thank-you-note, contact-referral,"
            + " deliver-promise, take-up-offer, report-back, next-touchpoint, but was \"thanks\"");
  }

  @Test
  void kindsHaveLabelsAndPoliciesReadWell() {
    assertThat(FollowUpKind.THANK_YOU_NOTE.label()).isEqualTo("thank-you note");
    assertThat(FollowUpPolicy.standard().window(FollowUpKind.THANK_YOU_NOTE))
        .hasToString("ideal PT24H, maximum PT72H, weight 3");
    assertThat(FollowUpPolicy.standard()).hasToString("FollowUpPolicy{thank-you-note: ideal PT24H,"
        + " maximum PT72H, weight 3; contact-referral: ideal PT72H, maximum PT336H, weight 2;"
        + " deliver-promise: ideal PT48H, maximum PT168H, weight 3; take-up-offer: ideal PT72H,"
        + " maximum PT336H, weight 2; report-back: ideal PT336H, maximum PT720H, weight 2;"
        + " next-touchpoint: ideal PT1440H, maximum PT2160H, weight 1}");
  }
}
