package io.github.twentyminute.followup;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * When each kind of follow-up task is due after a meeting, and how much it weighs: one
 * {@link FollowUpWindow} (ideal window, maximum window, weight) for every {@link FollowUpKind},
 * all measured from the meeting's actual end.
 *
 * <p>The book asks you to thank, deliver, contact the names and stay in touch, but gives no
 * hours or days; {@link #standard()} fills them in from common professional practice:
 *
 * <table>
 *   <caption>The standard follow-up policy</caption>
 *   <tr><th>kind</th><th>ideal</th><th>maximum</th><th>weight</th><th>why</th></tr>
 *   <tr><td>thank-you note</td><td>24 hours</td><td>72 hours</td><td>3</td>
 *       <td>the usual etiquette for a thank-you after a meeting is the same or the next day</td></tr>
 *   <tr><td>contact a referral</td><td>3 days</td><td>14 days</td><td>2</td>
 *       <td>while the name is fresh, and before your counterpart's mention of you is
 *       forgotten</td></tr>
 *   <tr><td>deliver a promise</td><td>2 days</td><td>7 days</td><td>3</td>
 *       <td>small promises (an article, a report) are best kept within a couple of days; a
 *       commitment with its own due time uses that instead</td></tr>
 *   <tr><td>take up their offer</td><td>3 days</td><td>14 days</td><td>2</td>
 *       <td>accept an offered introduction while the offer is warm</td></tr>
 *   <tr><td>report back</td><td>14 days</td><td>30 days</td><td>2</td>
 *       <td>time to act on the advice and have something to say</td></tr>
 *   <tr><td>next touchpoint</td><td>60 days</td><td>90 days</td><td>1</td>
 *       <td>a contact a quarter keeps a relationship warm</td></tr>
 * </table>
 *
 * <p>Each task carries the weight of its kind, so a meeting with two names to contact has two
 * tasks of weight 2. Change any window with {@link #withWindow(FollowUpKind, FollowUpWindow)}
 * or build a whole policy with {@link #builder()}; a policy must have a window for every kind.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpPolicy {
  private static final FollowUpPolicy STANDARD = builder()
      .putWindow(FollowUpKind.THANK_YOU_NOTE,
          FollowUpWindow.of(Duration.ofHours(24), Duration.ofHours(72), 3))
      .putWindow(FollowUpKind.CONTACT_REFERRAL,
          FollowUpWindow.of(Duration.ofDays(3), Duration.ofDays(14), 2))
      .putWindow(FollowUpKind.DELIVER_PROMISE,
          FollowUpWindow.of(Duration.ofDays(2), Duration.ofDays(7), 3))
      .putWindow(FollowUpKind.TAKE_UP_OFFER,
          FollowUpWindow.of(Duration.ofDays(3), Duration.ofDays(14), 2))
      .putWindow(FollowUpKind.REPORT_BACK,
          FollowUpWindow.of(Duration.ofDays(14), Duration.ofDays(30), 2))
      .putWindow(FollowUpKind.NEXT_TOUCHPOINT,
          FollowUpWindow.of(Duration.ofDays(60), Duration.ofDays(90), 1))
      .build();

  FollowUpPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FollowUpPolicy}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableFollowUpPolicy.Builder {
    Builder() {}
  }

  /**
   * Returns the standard policy described in the class documentation.
   *
   * @return the standard policy
   */
  public static FollowUpPolicy standard() {
    return STANDARD;
  }

  /**
   * Returns the window of every kind.
   *
   * @return the windows, one for every {@link FollowUpKind}
   */
  public abstract Map<FollowUpKind, FollowUpWindow> windows();

  /**
   * Returns the window of one kind.
   *
   * @param kind the kind, not null
   * @return the window
   */
  public FollowUpWindow window(FollowUpKind kind) {
    return windows().get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Returns a copy of this policy with another window for one kind.
   *
   * @param kind the kind, not null
   * @param window the window, not null
   * @return the copy
   */
  public FollowUpPolicy withWindow(FollowUpKind kind, FollowUpWindow window) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(window, "window");
    Map<FollowUpKind, FollowUpWindow> windows = new EnumMap<>(windows());
    windows.put(kind, window);
    return builder().windows(windows).build();
  }

  @Value.Check
  final void check() {
    List<FollowUpKind> missing = Arrays.stream(FollowUpKind.values())
        .filter(k -> !windows().containsKey(k)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "follow-up policy needs a window for every kind, but has none for " + missing
              + "; maybe start from FollowUpPolicy.standard().withWindow(..)");
    }
  }

  /** Returns the windows, one kind per entry, in kind order. */
  @Override
  public String toString() {
    return Arrays.stream(FollowUpKind.values())
        .map(k -> k.id() + ": " + window(k))
        .collect(Collectors.joining("; ", "FollowUpPolicy{", "}"));
  }
}
