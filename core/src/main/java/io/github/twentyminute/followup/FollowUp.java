package io.github.twentyminute.followup;

import io.github.twentyminute.internal.Instants;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up of one meeting: its actual end, the two-way commitment ledger, what was done when,
 * and the policy that sets the deadlines. {@link #tasks()} derives the follow-up tasks from them;
 * {@link FollowUpScorer} scores them as of any instant.
 *
 * <p>Every meeting creates a {@code thank-you-note} task and a {@code next-touchpoint} task.
 * Each tracked commitment creates at most one more task, by its kind and whose it is:
 *
 * <table>
 *   <caption>The task each commitment creates</caption>
 *   <tr><th>kind</th><th>{@link Party#MINE}</th><th>{@link Party#THEIRS}</th></tr>
 *   <tr><td>PROMISE</td><td>deliver-promise</td><td>none: you wait for it (recorded)</td></tr>
 *   <tr><td>OFFER</td><td>deliver-promise: an offer you made is a promise</td>
 *       <td>take-up-offer: reply and take them up on it</td></tr>
 *   <tr><td>REFERRAL</td><td>deliver-promise: make the introduction you offered</td>
 *       <td>contact-referral: contact the name you were given</td></tr>
 *   <tr><td>ADVICE</td><td>none (recorded)</td><td>report-back: act on it and tell them</td></tr>
 * </table>
 *
 * <p>Their promises count for nothing in your score: what they do is not your follow-up. Their
 * offers count as soon as you choose to track them, because taking up an offer is your move;
 * mark an offer you will not take up as untracked ({@link Commitment#tracked()} false) and it is
 * simply recorded, as are their promises and your own advice. {@link #recorded()} lists them.
 *
 * <p>Windows count from the meeting's actual end; for a commitment recorded after the meeting
 * (say, in a later email) they count from its capture time instead, so a promise made later is
 * not born late. A commitment with its own due time is due exactly then: its ideal and maximum
 * due are both that time.
 *
 * <p>Construction refuses commitment ids used twice, completions of tasks that do not exist and a
 * task completed twice. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUp {
  FollowUp() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FollowUp}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableFollowUp.Builder {
    Builder() {}
  }

  /**
   * Obtains the follow-up of a meeting that just ended, with the standard policy, no
   * commitments and nothing done yet.
   *
   * @param meetingEnd when the meeting actually ended, not null
   * @return the follow-up
   */
  public static FollowUp after(Instant meetingEnd) {
    return builder().meetingEnd(meetingEnd).build();
  }

  /**
   * Returns when the meeting actually ended; the policy's windows count from it.
   *
   * @return the end
   */
  public abstract Instant meetingEnd();

  /**
   * Returns the person you met, used in the task descriptions.
   *
   * @return the counterpart, or empty if not given
   */
  public abstract Optional<Contact> counterpart();

  /**
   * Returns the policy that sets the deadlines and weights.
   *
   * @return the policy; {@link FollowUpPolicy#standard()} unless set otherwise
   */
  @Value.Default
  public FollowUpPolicy policy() {
    return FollowUpPolicy.standard();
  }

  /**
   * Returns the two-way commitment ledger, in the order the commitments were recorded.
   *
   * @return the commitments, may be empty
   */
  public abstract List<Commitment> commitments();

  /**
   * Returns what was done when, one completion per task at most.
   *
   * @return the completions, may be empty
   */
  public abstract List<TaskCompletion> completions();

  /**
   * Returns the follow-up tasks: the thank-you note first, then one task per tracked commitment
   * that creates one, in ledger order, then the next touchpoint.
   *
   * @return the tasks, never empty
   */
  @Value.Derived
  @Value.Auxiliary
  public List<FollowUpTask> tasks() {
    List<FollowUpTask> tasks = new ArrayList<>(commitments().size() + 2);
    tasks.add(windowTask(TaskId.THANK_YOU_NOTE, meetingEnd(), null));
    for (Commitment commitment : commitments()) {
      Optional<FollowUpKind> kind = taskKind(commitment);
      if (kind.isPresent()) {
        Instant start = commitment.capturedAt().isAfter(meetingEnd())
            ? commitment.capturedAt() : meetingEnd();
        tasks.add(windowTask(TaskId.of(kind.get(), commitment.id()), start, commitment));
      }
    }
    tasks.add(windowTask(TaskId.NEXT_TOUCHPOINT, meetingEnd(), null));
    return Collections.unmodifiableList(tasks);
  }

  /**
   * Returns the commitments that create no task: untracked ones, their promises, your advice.
   *
   * @return the recorded-only commitments, in ledger order
   */
  public List<Commitment> recorded() {
    return commitments().stream().filter(c -> taskKind(c).isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the kind of task a commitment creates, following the table in the class
   * documentation.
   *
   * @param commitment the commitment, not null
   * @return the kind, or empty if it creates no task (untracked, their promise, your advice)
   */
  public static Optional<FollowUpKind> taskKind(Commitment commitment) {
    Objects.requireNonNull(commitment, "commitment");
    if (!commitment.tracked()) {
      return Optional.empty();
    }
    boolean mine = commitment.owedBy() == Party.MINE;
    switch (commitment.kind()) {
      case PROMISE:
        return mine ? Optional.of(FollowUpKind.DELIVER_PROMISE) : Optional.empty();
      case OFFER:
        return Optional.of(mine ? FollowUpKind.DELIVER_PROMISE : FollowUpKind.TAKE_UP_OFFER);
      case REFERRAL:
        return Optional.of(mine ? FollowUpKind.DELIVER_PROMISE : FollowUpKind.CONTACT_REFERRAL);
      case ADVICE:
        return mine ? Optional.empty() : Optional.of(FollowUpKind.REPORT_BACK);
      default:
        throw new IllegalStateException("Impossible state: commitment kind " + commitment.kind());
    }
  }

  /**
   * Finds a task by id.
   *
   * @param taskId the task id, not null
   * @return the task, or empty if there is none with that id
   */
  public Optional<FollowUpTask> task(String taskId) {
    Integer index = taskIndex().get(taskId);
    return index == null ? Optional.empty() : Optional.of(tasks().get(index));
  }

  /**
   * Finds when a task was done.
   *
   * @param taskId the task id, not null
   * @return the completion, or empty if the task is not recorded as done
   */
  public Optional<TaskCompletion> completion(String taskId) {
    return Optional.ofNullable(completionsByTask().get(taskId));
  }

  /**
   * Returns a copy of this follow-up with one more commitment at the end of the ledger.
   *
   * @param commitment the commitment, not null; its id must be new
   * @return the copy
   * @throws IllegalArgumentException if the ledger already has a commitment with that id
   */
  public FollowUp withCommitment(Commitment commitment) {
    return builder().from(this).addCommitment(commitment).build();
  }

  /**
   * Returns a copy of this follow-up with a task marked done, replacing any earlier record for
   * that task.
   *
   * @param taskId the task id, not null
   * @param doneAt when it was done, not null
   * @return the copy
   * @throws IllegalArgumentException if there is no task with that id
   */
  public FollowUp markDone(String taskId, Instant doneAt) {
    TaskCompletion done = TaskCompletion.of(taskId, doneAt);
    List<TaskCompletion> completions = new ArrayList<>(completions().size() + 1);
    for (TaskCompletion c : completions()) {
      if (!c.taskId().equals(taskId)) {
        completions.add(c);
      }
    }
    completions.add(done);
    return builder().from(this).completions(completions).build();
  }

  /**
   * Returns a copy of this follow-up with a task marked done, replacing any earlier record for
   * that task: the same as {@link #markDone(String, Instant)} with the id's text form.
   *
   * @param taskId the task id, not null
   * @param doneAt when it was done, not null
   * @return the copy
   * @throws IllegalArgumentException if there is no task with that id
   */
  public FollowUp markDone(TaskId taskId, Instant doneAt) {
    return markDone(Objects.requireNonNull(taskId, "taskId").toString(), doneAt);
  }

  /**
   * Returns a copy of this follow-up without the record that a task was done.
   *
   * @param taskId the task id, not null
   * @return the copy; equal to this one if the task was not recorded as done
   */
  public FollowUp withoutCompletion(String taskId) {
    Objects.requireNonNull(taskId, "taskId");
    return builder().from(this).completions(completions().stream()
        .filter(c -> !c.taskId().equals(taskId)).collect(Collectors.toList())).build();
  }

  /**
   * Returns a copy of this follow-up keeping only what was done at or before an instant: the
   * follow-up as it stood then.
   *
   * @param instant the instant, not null
   * @return the copy
   */
  public FollowUp asKnownAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return builder().from(this).completions(completions().stream()
        .filter(c -> !c.doneAt().isAfter(instant)).collect(Collectors.toList())).build();
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> taskIndex() {
    Map<String, Integer> index = new HashMap<>();
    List<FollowUpTask> tasks = tasks();
    for (int i = 0; i < tasks.size(); i++) {
      index.put(tasks.get(i).id(), i);
    }
    return index;
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, TaskCompletion> completionsByTask() {
    Map<String, TaskCompletion> byTask = new HashMap<>();
    for (TaskCompletion completion : completions()) {
      byTask.putIfAbsent(completion.taskId(), completion);
    }
    return byTask;
  }

  @Value.Check
  final void check() {
    Instants.requireInRange(meetingEnd(), "follow-up meeting end");
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < commitments().size(); i++) {
      Integer earlier = ids.put(commitments().get(i).id(), i);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "follow-up has commitment id " + commitments().get(i).id() + " twice (commitments "
                + earlier + " and " + i + "); commitment ids must be unique");
      }
    }
    Map<String, TaskCompletion> seen = new HashMap<>();
    for (TaskCompletion completion : completions()) {
      if (!taskIndex().containsKey(completion.taskId())) {
        throw new IllegalArgumentException(
            "follow-up has no task " + completion.taskId() + " to mark done; its tasks are "
                + tasks().stream().map(FollowUpTask::id).collect(Collectors.toList()));
      }
      TaskCompletion earlier = seen.put(completion.taskId(), completion);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "follow-up marks task " + completion.taskId() + " done twice (at " + earlier.doneAt()
                + " and at " + completion.doneAt() + "); keep one completion per task, maybe"
                + " with markDone(..)");
      }
    }
  }

  /** Returns a short form: the end, the commitment count and the tasks done. */
  @Override
  public String toString() {
    return "FollowUp of the meeting ended " + meetingEnd() + ": " + commitments().size()
        + " commitments, " + completions().size() + " of " + tasks().size() + " tasks done";
  }

  private FollowUpTask windowTask(TaskId taskId, Instant start, @Nullable Commitment commitment) {
    String id = taskId.toString();
    FollowUpKind kind = taskId.kind();
    FollowUpWindow window = policy().window(kind);
    ImmutableFollowUpTask.Builder task = FollowUpTask.builder().id(id).kind(kind)
        .action(action(id, kind, commitment)).windowStart(start).weight(window.weight());
    Optional<Instant> due = commitment == null ? Optional.empty() : commitment.dueBy();
    if (due.isPresent()) {
      task.idealDue(due.get()).maximumDue(due.get()).commitment(commitment);
    } else {
      task.idealDue(start.plus(window.ideal())).maximumDue(start.plus(window.maximum()));
      if (commitment != null) {
        task.commitment(commitment);
      }
    }
    return task.build();
  }

  /**
   * Returns what a task asks you to do, as a finding: {@code followup.task.<kind id>}, with the
   * variant {@code .unnamed} when the counterpart is not known and {@code .introduction} for an
   * introduction you offered.
   */
  private Finding action(String id, FollowUpKind kind, @Nullable Commitment commitment) {
    String findingId = "followup.task." + kind.id();
    String key = findingId;
    Arguments.Builder arguments = Arguments.builder().text("taskId", id);
    if (commitment == null) {
      if (counterpart().isPresent()) {
        arguments.text("counterpart", counterpart().get().name());
      } else {
        key += ".unnamed";
      }
    } else {
      arguments.text("commitment", commitment.text());
      commitment.person().ifPresent(p -> arguments.text("person", p.toString()));
      if (kind == FollowUpKind.DELIVER_PROMISE && commitment.kind() == CommitmentKind.REFERRAL) {
        key += ".introduction";
      }
    }
    return Finding.of(findingId, Location.of("tasks").key(id), key, arguments.build());
  }
}
