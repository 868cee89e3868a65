package io.github.twentyminute.json;

import static io.github.twentyminute.json.Shape.optional;
import static io.github.twentyminute.json.Shape.required;

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

  private static final Map<String, Party> PARTIES =
      Map.of("mine", Party.MINE, "theirs", Party.THEIRS);
  private static final Map<String, CommitmentKind> KINDS = Map.of(
      "promise", CommitmentKind.PROMISE, "offer", CommitmentKind.OFFER,
      "referral", CommitmentKind.REFERRAL, "advice", CommitmentKind.ADVICE);

  private static final Shape<FollowUp.Builder> FOLLOW_UP_BODY = Shape.of(
      required(Names.MEETING_END, (in, f) -> f.meetingEnd(in.readInstant())),
      optional(Names.COUNTERPART, (in, f) -> f.counterpart(AgendaCodec.readContact(in))),
      required(Names.POLICY, (in, f) -> f.policy(PlanCodec.readPolicy(in))),
      required(Names.COMMITMENTS,
          (in, f) -> f.commitments(in.readList(() -> readCommitment(in)))),
      required(Names.COMPLETIONS,
          (in, f) -> f.completions(in.readList(() -> readCompletion(in)))));
  private static final Shape<FollowUp.Builder> FOLLOW_UP_DOCUMENT = FOLLOW_UP_BODY.document();
  private static final Shape<Commitment.Builder> COMMITMENT = Shape.of(
      required(Names.ID, (in, c) -> c.id(in.readString())),
      required(Names.OWED_BY,
          (in, c) -> c.owedBy(in.readChoice(PARTIES, "\"mine\" or \"theirs\""))),
      required(Names.KIND, (in, c) -> c.kind(in.readChoice(KINDS,
          "\"promise\", \"offer\", \"referral\" or \"advice\""))),
      required(Names.TEXT, (in, c) -> c.text(in.readString())),
      optional(Names.PERSON, (in, c) -> c.person(AgendaCodec.readContact(in))),
      optional(Names.DUE_BY, (in, c) -> c.dueBy(in.readInstant())),
      required(Names.CAPTURED_AT, (in, c) -> c.capturedAt(in.readInstant())),
      required(Names.TRACKED, (in, c) -> c.tracked(in.readBoolean())));

  /** A completion being read. */
  private static final class CompletionRead {
    String task = "";
    Instant doneAt = Instant.EPOCH;
  }

  private static final Shape<CompletionRead> COMPLETION = Shape.of(
      required(Names.TASK, (in, c) -> c.task = in.readString()),
      required(Names.DONE_AT, (in, c) -> c.doneAt = in.readInstant()));

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
      StrictReader in, Shape<FollowUp.Builder> shape, @Nullable DocumentType<?> type) {
    FollowUp.Builder followUp = FollowUp.builder();
    in.readFields(shape, followUp, type);
    return in.endObject(followUp::build);
  }

  private static Commitment readCommitment(StrictReader in) {
    return in.readObject(COMMITMENT, Commitment.builder(), Commitment.Builder::build);
  }

  private static TaskCompletion readCompletion(StrictReader in) {
    return in.readObject(COMPLETION, new CompletionRead(),
        c -> TaskCompletion.of(c.task, c.doneAt));
  }
}
