package io.github.twentyminute.agenda;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The preparation checklist of a meeting: the homework the method asks for before you meet.
 * {@link #standard()} gives the book's steps, none done yet.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Preparation {
  /** Step id: research their background, current role and what they do now. */
  public static final String RESEARCH = "research";
  /** Step id: prepare questions tied to their background, ranked. */
  public static final String QUESTIONS = "questions";
  /** Step id: rehearse a career overview that leads to why you asked. */
  public static final String OVERVIEW = "overview";
  /** Step id: write down the purpose of the meeting. */
  public static final String PURPOSE = "purpose";
  /** Step id: thank them when they agreed to meet, and confirm the time. */
  public static final String THANKED_WHEN_AGREED = "thanked-when-agreed";

  Preparation() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Preparation}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutablePreparation.Builder {
    Builder() {}
  }

  /**
   * Returns the book's checklist with no step done.
   *
   * @return the checklist: research, questions, overview, purpose, thanked-when-agreed
   */
  public static Preparation standard() {
    return builder()
        .addStep(PreparationStep.of(RESEARCH,
            "Research their background, current role and what they do now", false))
        .addStep(PreparationStep.of(QUESTIONS,
            "Prepare and rank questions tied to their background", false))
        .addStep(PreparationStep.of(OVERVIEW,
            "Rehearse a career overview that leads to why you asked; not a resume", false))
        .addStep(PreparationStep.of(PURPOSE, "Write down the purpose of the meeting", false))
        .addStep(PreparationStep.of(THANKED_WHEN_AGREED,
            "Thank them when they agreed to meet, and confirm the time", false))
        .build();
  }

  /**
   * Returns the steps in order.
   *
   * @return the steps, may be empty
   */
  public abstract List<PreparationStep> steps();

  /**
   * Returns a copy of this checklist with one step marked done.
   *
   * @param stepId the step id, not null
   * @return the copy
   * @throws IllegalArgumentException if there is no step with that id
   */
  public Preparation markDone(String stepId) {
    if (steps().stream().noneMatch(s -> s.id().equals(stepId))) {
      throw new IllegalArgumentException(
          "preparation has no step " + stepId + "; its steps are "
              + steps().stream().map(PreparationStep::id).toList());
    }
    return builder()
        .steps(steps().stream().map(s -> s.id().equals(stepId) ? s.withDone(true) : s).toList())
        .build();
  }

  /**
   * Checks if a step is present and done.
   *
   * @param stepId the step id, not null
   * @return true if there is a step with that id and it is done
   */
  public boolean isDone(String stepId) {
    return steps().stream().anyMatch(s -> s.id().equals(stepId) && s.done());
  }

  @Value.Check
  final void check() {
    Set<String> ids = new HashSet<>();
    for (PreparationStep step : steps()) {
      if (!ids.add(step.id())) {
        throw new IllegalArgumentException(
            "preparation has step id " + step.id() + " twice; step ids must be unique");
      }
    }
  }
}
