package io.github.twentyminute.testing;

import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.rules.RuleSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * Generates feasible meeting plans shaped like the book's: the four phases introduction,
 * overview, discussion and ending with the book's cues, a limit on introduction and overview
 * together, and time boxes, budget and hard ceiling drawn at random in steps of 15 seconds.
 *
 * <p>Every plan it gives passes the plan's own rules ({@code plan.*}, run by
 * {@link io.github.twentyminute.rules.RuleSet#validate(MeetingPlan)}) with no finding at all: minimums within the budget, targets adding up to exactly the budget, the
 * budget within the ceiling, the group's targets within its limit. Its discussion always has at
 * least 1:00 between target and maximum, and can hold at least the settings' minimum number of
 * questions at their pace. Smaller random numbers give plans closer to the shortest one.
 *
 * <p>Every random choice is drawn from the {@link Randomness} passed in. Instances are
 * immutable and thread-safe.
 */
public final class PlanGenerator {
  static final int STEP = 15;

  private final RuleSettings settings;

  private PlanGenerator(RuleSettings settings) {
    this.settings = settings;
  }

  /**
   * Obtains a generator for the default rule settings.
   *
   * @return the generator
   */
  public static PlanGenerator standard() {
    return new PlanGenerator(RuleSettings.defaults());
  }

  /**
   * Obtains a generator whose plans' discussions hold the minimum number of questions of the
   * given settings at their pace.
   *
   * @param settings the rule settings, not null
   * @return the generator
   */
  public static PlanGenerator forSettings(RuleSettings settings) {
    return new PlanGenerator(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * Returns the rule settings this generator's plans are made for.
   *
   * @return the settings
   */
  public RuleSettings settings() {
    return settings;
  }

  /**
   * Generates a feasible plan.
   *
   * @param randomness the source of every random choice, not null
   * @return a plan the {@code plan.*} rules find nothing in
   */
  public MeetingPlan feasible(Randomness randomness) {
    return forQuestions(randomness, Math.max(1, settings.minimumQuestions()));
  }

  /**
   * Generates a feasible plan whose discussion can hold a given number of prepared questions at
   * the settings' question pace. Many questions give a plan far longer than any real meeting;
   * such plans exist to see how checks scale.
   *
   * @param randomness the source of every random choice, not null
   * @param questions the number of questions the discussion must hold, at least 1
   * @return a plan the {@code plan.*} rules find nothing in
   * @throws IllegalArgumentException if {@code questions} is below 1
   */
  public MeetingPlan forQuestions(Randomness randomness, int questions) {
    Objects.requireNonNull(randomness, "randomness");
    if (questions < 1) {
      throw new IllegalArgumentException(
          "a plan must hold at least 1 question, but " + questions + " were asked for");
    }
    int introTarget = 60 + STEP * randomness.between(0, 8);
    TimeBox intro = box(randomness, introTarget, 0, 4);
    int overviewTarget = 60 + STEP * randomness.between(0, 12);
    TimeBox overview = box(randomness, overviewTarget, 0, 4);
    long need = Math.max(60, Math.max(questions,
        (questions * settings.questionPace().toMillis() + 999) / 1000));
    int discussionTarget = roundUp(need) + STEP * randomness.between(0, 24);
    int discussionMax = discussionTarget + 60 + STEP * randomness.between(0, 8);
    int lowest = Math.max(60, discussionTarget / 2);
    int discussionMin =
        discussionTarget - STEP * randomness.between(0, (discussionTarget - lowest) / STEP);
    TimeBox discussion = TimeBox.of(seconds(discussionMin), seconds(discussionTarget),
        seconds(discussionMax));
    int endingTarget = 60 + STEP * randomness.between(0, 8);
    TimeBox ending = box(randomness, endingTarget, 0, 4);
    int groupLimit = introTarget + overviewTarget + STEP * randomness.between(0, 4);
    long budget = (long) introTarget + overviewTarget + discussionTarget + endingTarget;
    long ceiling = budget + STEP * randomness.between(0, 40);
    return MeetingPlan.builder()
        .name("Generated networking meeting")
        .budget(seconds(budget))
        .hardCeiling(seconds(ceiling))
        .addPhase(MeetingPlans.introduction(intro))
        .addPhase(MeetingPlans.overview(overview))
        .addPhase(MeetingPlans.discussion(discussion))
        .addPhase(MeetingPlans.ending(ending))
        .addGroupLimit(GroupLimit.of(seconds(groupLimit), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();
  }

  private static TimeBox box(Randomness randomness, int target, int minSteps, int maxSteps) {
    int min = target - STEP * randomness.between(0, target / STEP);
    int max = target + STEP * randomness.between(minSteps, maxSteps);
    return TimeBox.of(seconds(min), seconds(target), seconds(max));
  }

  private static int roundUp(long secondsNeeded) {
    long rounded = (secondsNeeded + STEP - 1) / STEP * STEP;
    if (rounded > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException(
          "a discussion of " + secondsNeeded + " seconds is too long to generate");
    }
    return (int) rounded;
  }

  static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }
}
