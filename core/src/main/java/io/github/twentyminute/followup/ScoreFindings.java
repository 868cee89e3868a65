package io.github.twentyminute.followup;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Builds the findings that explain score lines and next actions; their ids, keys and arguments
 * are documented on {@link ScoreLine#finding()} and {@link NextAction#finding()}.
 */
final class ScoreFindings {
  private ScoreFindings() {}

  /** Returns the location of a task: {@code tasks[<task id>]}. */
  static Location at(FollowUpTask task) {
    return Location.of("tasks").key(task.id());
  }

  /** Returns the finding of a score line. */
  static Finding line(FollowUp followUp, FollowUpTask task, TaskStatus status, int earned,
      int possible, Optional<Instant> doneAt, Instant asOf, FollowUpScorer scorer) {
    Instant start = task.windowStart();
    Arguments.Builder arguments = Arguments.builder().text("taskId", task.id())
        .count("earned", earned).count("possible", possible)
        .duration("ideal", Duration.between(start, task.idealDue()))
        .duration("maximum", Duration.between(start, task.maximumDue()))
        .instant("idealDue", task.idealDue()).instant("maximumDue", task.maximumDue());
    String variant = "";
    if (task.hasOwnDueTime()) {
      arguments.instant("dueBy", task.idealDue());
      variant = ".own-due";
    } else if (!start.equals(followUp.meetingEnd())) {
      variant = ".recorded";
    }
    if (doneAt.isPresent()) {
      done(arguments, task, status, doneAt.get(), scorer.policy());
    } else {
      notDone(arguments, task, status, possible, asOf, scorer);
    }
    return Finding.of(status.findingId(), at(task), status.findingId() + variant,
        arguments.build());
  }

  private static void done(Arguments.Builder arguments, FollowUpTask task, TaskStatus status,
      Instant at, ScoringPolicy policy) {
    arguments.instant("doneAt", at).duration("elapsed", Duration.between(task.windowStart(), at));
    if (status == TaskStatus.DONE_LATE) {
      arguments.duration("late", Duration.between(task.idealDue(), at))
          .count("creditAtMaximum", policy.creditAtMaximumPercent());
    } else if (status == TaskStatus.DONE_AFTER_MAXIMUM) {
      arguments.duration("late", Duration.between(task.maximumDue(), at))
          .count("lateCredit", policy.lateCreditPercent());
    }
  }

  private static void notDone(Arguments.Builder arguments, FollowUpTask task, TaskStatus status,
      int possible, Instant asOf, FollowUpScorer scorer) {
    arguments.count("worthNow", scorer.pointsIfDoneAt(task, possible, asOf));
    if (status == TaskStatus.PENDING) {
      arguments.duration("timeLeft", Duration.between(asOf, task.idealDue()));
    } else if (status == TaskStatus.PENDING_PAST_IDEAL) {
      arguments.duration("elapsed", Duration.between(task.windowStart(), asOf))
          .duration("late", Duration.between(task.idealDue(), asOf))
          .duration("timeLeft", Duration.between(asOf, task.maximumDue()))
          .count("worthAtMaximum", scorer.pointsIfDoneAt(task, possible, task.maximumDue()));
    } else {
      arguments.duration("ago", Duration.between(task.maximumDue(), asOf));
    }
  }

  /** Returns the finding of a next action. */
  static Finding nextAction(FollowUpTask task, TaskStatus status, Instant deadline, int worth,
      int possible, Instant asOf) {
    Arguments.Builder arguments = Arguments.builder().text("taskId", task.id())
        .instant("deadline", deadline).count("worth", worth).count("possible", possible);
    String variant;
    if (status == TaskStatus.OVERDUE) {
      arguments.duration("ago", Duration.between(deadline, asOf));
      variant = ".overdue";
    } else {
      arguments.duration("timeLeft", Duration.between(asOf, deadline));
      variant = status == TaskStatus.PENDING ? ".pending" : ".past-ideal";
    }
    return Finding.of("followup.next-action", at(task), "followup.next-action" + variant,
        arguments.build());
  }
}
