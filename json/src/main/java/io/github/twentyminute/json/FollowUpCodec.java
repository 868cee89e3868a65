package io.github.twentyminute.json;

import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.Party;
import io.github.twentyminute.followup.TaskCompletion;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code twentyminute/followup@1} document: when the meeting ended, the counterpart, the
 * follow-up policy, the two-way commitments and which tasks were done when. The tasks themselves
 * are derived from these, so they are not written.
 */
final class FollowUpCodec extends DocumentCodec<FollowUp> {
  static final FollowUpCodec INSTANCE = new FollowUpCodec();

  private static final String[] FOLLOW_UP =
      {"meetingEnd", "counterpart?", "policy", "commitments", "completions"};
  private static final Fields FOLLOW_UP_BODY = Fields.of(FOLLOW_UP);
  private static final Fields FOLLOW_UP_DOCUMENT = document(FOLLOW_UP);
  private static final Fields COMMITMENT = Fields.of("id", "owedBy", "kind", "text", "person?",
      "dueBy?", "capturedAt", "tracked");
  private static final Fields COMPLETION = Fields.of("task", "doneAt");
  private static final Map<String, Party> PARTIES =
      Map.of("mine", Party.MINE, "theirs", Party.THEIRS);
  private static final Map<String, CommitmentKind> KINDS = Map.of(
      "promise", CommitmentKind.PROMISE, "offer", CommitmentKind.OFFER,
      "referral", CommitmentKind.REFERRAL, "advice", CommitmentKind.ADVICE);

  private FollowUpCodec() {}

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  void writeFields(JsonGenerator out, FollowUp followUp) {
    string(out, Names.MEETING_END, followUp.meetingEnd().toString());
    if (followUp.counterpart().isPresent()) {
      out.writeName(Names.COUNTERPART);
      AgendaCodec.writeContact(out, followUp.counterpart().get());
    }
    out.writeName(Names.POLICY);
    PlanCodec.writePolicy(out, followUp.policy());
    arrayStart(out, Names.COMMITMENTS);
    for (Commitment commitment : followUp.commitments()) {
      out.writeStartObject();
      string(out, Names.ID, commitment.id());
      string(out, Names.OWED_BY, lower(commitment.owedBy()));
      string(out, Names.KIND, lower(commitment.kind()));
      string(out, Names.TEXT, commitment.text());
      if (commitment.person().isPresent()) {
        out.writeName(Names.PERSON);
        AgendaCodec.writeContact(out, commitment.person().get());
      }
      if (commitment.dueBy().isPresent()) {
        string(out, Names.DUE_BY, commitment.dueBy().get().toString());
      }
      string(out, Names.CAPTURED_AT, commitment.capturedAt().toString());
      bool(out, Names.TRACKED, commitment.tracked());
      out.writeEndObject();
    }
    out.writeEndArray();
    arrayStart(out, Names.COMPLETIONS);
    for (TaskCompletion completion : followUp.completions()) {
      out.writeStartObject();
      string(out, Names.TASK, completion.taskId());
      string(out, Names.DONE_AT, completion.doneAt().toString());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /** Writes a follow-up as an embedded object, without {@code format}. */
  static void writeFollowUp(JsonGenerator out, FollowUp followUp) {
    out.writeStartObject();
    INSTANCE.writeFields(out, followUp);
    out.writeEndObject();
  }

  @Override
  FollowUp readDocument(StrictReader in, DocumentType<FollowUp> type) {
    return readFollowUp(in, FOLLOW_UP_DOCUMENT, type);
  }

  /** Reads an embedded follow-up object, without {@code format}. */
  static FollowUp readFollowUp(StrictReader in) {
    return readFollowUp(in, FOLLOW_UP_BODY, null);
  }

  private static FollowUp readFollowUp(
      StrictReader in, Fields fields, @Nullable DocumentType<?> type) {
    in.beginObject(fields);
    var followUp = FollowUp.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          followUp.meetingEnd(in.readInstant());
          break;
        case 1:
          followUp.counterpart(AgendaCodec.readContact(in));
          break;
        case 2:
          followUp.policy(PlanCodec.readPolicy(in));
          break;
        case 3:
          followUp.commitments(in.readList(() -> readCommitment(in)));
          break;
        case 4:
          followUp.completions(in.readList(() -> readCompletion(in)));
          break;
        default:
          readFormat(in, java.util.Objects.requireNonNull(type, "type"));
          break;
      }
    }
    return in.endObject(followUp::build);
  }

  private static Commitment readCommitment(StrictReader in) {
    in.beginObject(COMMITMENT);
    var commitment = Commitment.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          commitment.id(in.readString());
          break;
        case 1:
          commitment.owedBy(in.readChoice(PARTIES, "\"mine\" or \"theirs\""));
          break;
        case 2:
          commitment.kind(in.readChoice(KINDS,
              "\"promise\", \"offer\", \"referral\" or \"advice\""));
          break;
        case 3:
          commitment.text(in.readString());
          break;
        case 4:
          commitment.person(AgendaCodec.readContact(in));
          break;
        case 5:
          commitment.dueBy(in.readInstant());
          break;
        case 6:
          commitment.capturedAt(in.readInstant());
          break;
        default:
          commitment.tracked(in.readBoolean());
          break;
      }
    }
    return in.endObject(commitment::build);
  }

  private static TaskCompletion readCompletion(StrictReader in) {
    in.beginObject(COMPLETION);
    String task = "";
    Instant doneAt = Instant.EPOCH;
    int field;
    while ((field = in.nextField()) >= 0) {
      if (field == 0) {
        task = in.readString();
      } else {
        doneAt = in.readInstant();
      }
    }
    String taskId = task;
    Instant done = doneAt;
    return in.endObject(() -> TaskCompletion.of(taskId, done));
  }
}
