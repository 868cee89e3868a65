package io.github.twentyminute.plan;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of durations, time boxes and plans for the plan properties and the
 * plan rules' properties.
 */
public final class PlanGenerators {
  private PlanGenerators() {}

  /**
   * Durations in whole seconds from zero to the given bound, as plans are usually written.
   *
   * @param maxSeconds the largest number of seconds
   * @return the generator
   */
  public static Gen<Duration> wholeSeconds(long maxSeconds) {
    return longs().between(0, maxSeconds).map(s -> Duration.ofSeconds(s));
  }

  /**
   * Durations with a fraction of a second, from zero to the given number of seconds.
   *
   * @param maxSeconds the largest number of whole seconds
   * @return the generator
   */
  public static Gen<Duration> withNanos(long maxSeconds) {
    return longs().between(0, maxSeconds)
        .zip(integers().between(0, 999_999_999), (s, n) -> Duration.ofSeconds(s, n));
  }

  /**
   * Any non-negative duration the library accepts (up to {@link Durations#MAX}), mixed with everyday ones so that
   * boundaries (zero, equal parts) come up often.
   *
   * @return the generator
   */
  public static Gen<Duration> anyNonNegative() {
    Gen<Duration> huge = withNanos(Durations.MAX.getSeconds() - 1);
    Gen<Duration> everyday = wholeSeconds(3 * 60 * 60);
    Gen<Duration> small = wholeSeconds(3);
    return everyday.mix(huge, 30).mix(small, 20).mix(withNanos(3 * 60 * 60), 20);
  }

  /**
   * Valid time boxes whose parts are drawn from the given durations, sorted into
   * {@code min <= target <= max}.
   *
   * @param durations the durations, not negative
   * @return the generator
   */
  public static Gen<TimeBox> timeBoxes(Gen<Duration> durations) {
    return durations.zip(durations, durations, (a, b, c) -> {
      Duration[] parts = {a, b, c};
      Arrays.sort(parts);
      return TimeBox.of(parts[0], parts[1], parts[2]);
    });
  }

  /**
   * Lists of one to eight time boxes whose parts are whole seconds up to 20 minutes, or now
   * and then with a fraction of a second.
   *
   * @return the generator
   */
  public static Gen<List<TimeBox>> phaseBoxes() {
    Gen<Duration> parts = wholeSeconds(20 * 60).mix(withNanos(20 * 60), 10);
    return lists().of(timeBoxes(parts)).ofSizeBetween(1, 8);
  }

  /**
   * Builds a plan of user-defined phases {@code phase-0}, {@code phase-1}, ... with the given
   * boxes and no group limits.
   *
   * @param boxes the phases' time boxes, in order
   * @param budget the budget, positive
   * @param ceiling the hard ceiling, positive
   * @return the plan
   */
  public static MeetingPlan plan(List<TimeBox> boxes, Duration budget, Duration ceiling) {
    List<PhasePlan> phases = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      phases.add(PhasePlan.builder().id(PhaseId.of("phase-" + i)).title("Phase " + i)
          .timeBox(boxes.get(i)).build());
    }
    return MeetingPlan.builder().name("Generated plan").budget(budget).hardCeiling(ceiling)
        .phases(phases).build();
  }

  /**
   * Returns the sum of the boxes' minimums.
   *
   * @param boxes the boxes
   * @return the sum
   */
  public static Duration totalMinimum(List<TimeBox> boxes) {
    return boxes.stream().map(TimeBox::min).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Returns the sum of the boxes' targets.
   *
   * @param boxes the boxes
   * @return the sum
   */
  public static Duration totalTarget(List<TimeBox> boxes) {
    return boxes.stream().map(TimeBox::target).reduce(Duration.ZERO, Duration::plus);
  }
}
