package io.github.twentyminute.json;

import static io.github.twentyminute.json.Shape.optional;
import static io.github.twentyminute.json.Shape.required;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.PreparationStep;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.followup.FollowUpPolicy;
import io.github.twentyminute.plan.PhaseId;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code twentyminute/agenda@2} document, and the agenda object other documents embed. An
 * agenda embeds its plan; version 2 differs from version 1 only in that plan, which has no
 * follow-up policy any more (see {@link PlanCodec}).
 */
final class AgendaCodec extends DocumentCodec<Agenda> {
  static final AgendaCodec INSTANCE = new AgendaCodec();

  /** An agenda being read, and where its plan's follow-up policy field was. */
  private static final class AgendaRead {
    final Agenda.Builder agenda = Agenda.builder();
    final PlanCodec.PolicyField policy;

    AgendaRead(PlanCodec.PolicyField policy) {
      this.policy = policy;
    }
  }

  private static final Shape<AgendaRead> AGENDA_BODY = Shape.of(
      required(Names.PLAN, (in, a) -> a.agenda.plan(PlanCodec.readPlan(in, a.policy))),
      required(Names.COUNTERPART, (in, a) -> a.agenda.counterpart(readContact(in))),
      required(Names.PURPOSE, (in, a) -> a.agenda.purpose(in.readString())),
      required(Names.OVERVIEW, (in, a) -> a.agenda.overview(in.readString())),
      required(Names.ITEMS, (in, a) -> a.agenda.items(in.readList(() -> readItem(in)))),
      required(Names.PREPARATION, (in, a) -> a.agenda.preparation(readPreparation(in))),
      optional(Names.SCHEDULED_START, (in, a) -> a.agenda.scheduledStart(in.readInstant())));
  private static final Shape<AgendaRead> AGENDA_DOCUMENT = AGENDA_BODY.document();
  private static final Shape<Contact.Builder> CONTACT = Shape.of(
      required(Names.NAME, (in, c) -> c.name(in.readString())),
      required(Names.ROLE, (in, c) -> c.role(in.readString())),
      required(Names.ORGANISATION, (in, c) -> c.organisation(in.readString())),
      required(Names.NOTES, (in, c) -> c.notes(in.readList(() -> readNote(in)))));

  /** A research note, or a preparation step, being read. */
  private static final class NoteRead {
    String id = "";
    String text = "";
    String source = "";
    boolean done;
  }

  private static final Shape<NoteRead> NOTE = Shape.of(
      required(Names.ID, (in, n) -> n.id = in.readString()),
      required(Names.TEXT, (in, n) -> n.text = in.readString()),
      required(Names.SOURCE, (in, n) -> n.source = in.readString()));
  private static final Shape<AgendaItem.Builder> ITEM = Shape.of(
      required(Names.ID, (in, i) -> i.id(in.readString())),
      required(Names.PHASE, (in, i) -> i.phase(in.readConverted(PhaseId::of))),
      required(Names.KIND, (in, i) -> i.kind(in.readChoice(AgendaCodec.KINDS,
          "\"question\", \"statement\" or \"cue\""))),
      required(Names.TEXT, (in, i) -> i.text(in.readString())),
      required(Names.PLANNED, (in, i) -> i.planned(in.readDuration())),
      required(Names.PRIORITY, (in, i) -> i.priority(in.readInt())),
      required(Names.MUST_KEEP, (in, i) -> i.mustKeep(in.readBoolean())),
      optional(Names.CUE, (in, i) -> i.cueId(in.readString())),
      required(Names.LINKED_NOTES, (in, i) -> i.linkedNotes(in.readList(in::readString))));
  private static final Shape<Preparation.Builder> PREPARATION = Shape.of(
      required(Names.STEPS, (in, p) -> p.steps(in.readList(() -> readStep(in)))));
  private static final Shape<NoteRead> STEP = Shape.of(
      required(Names.ID, (in, n) -> n.id = in.readString()),
      required(Names.TEXT, (in, n) -> n.text = in.readString()),
      required(Names.DONE, (in, n) -> n.done = in.readBoolean()));
  private static final Map<String, ItemKind> KINDS =
      Map.of("question", ItemKind.QUESTION, "statement", ItemKind.STATEMENT, "cue", ItemKind.CUE);

  private AgendaCodec() {}

  static String kindName(ItemKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  void writeFields(JsonGenerator out, Agenda agenda) {
    writeFields(out, agenda, null);
  }

  private static void writeFields(
      JsonGenerator out, Agenda agenda, @Nullable FollowUpPolicy policy) {
    out.writeName(Names.PLAN);
    if (policy == null) {
      PlanCodec.writePlan(out, agenda.plan());
    } else {
      PlanCodec.writePlan(out, agenda.plan(), policy);
    }
    out.writeName(Names.COUNTERPART);
    writeContact(out, agenda.counterpart());
    string(out, Names.PURPOSE, agenda.purpose());
    string(out, Names.OVERVIEW, agenda.overview());
    arrayStart(out, Names.ITEMS);
    for (AgendaItem item : agenda.items()) {
      writeItem(out, item);
    }
    out.writeEndArray();
    objectStart(out, Names.PREPARATION);
    arrayStart(out, Names.STEPS);
    for (PreparationStep step : agenda.preparation().steps()) {
      out.writeStartObject();
      string(out, Names.ID, step.id());
      string(out, Names.TEXT, step.text());
      bool(out, Names.DONE, step.done());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
    if (agenda.scheduledStart().isPresent()) {
      string(out, Names.SCHEDULED_START, agenda.scheduledStart().get().toString());
    }
  }

  /** Writes an agenda as an embedded object, without {@code format}, in the current shape. */
  static void writeAgenda(JsonGenerator out, Agenda agenda) {
    out.writeStartObject();
    writeFields(out, agenda, null);
    out.writeEndObject();
  }

  /**
   * Writes an agenda as an embedded object in the version 1 shape, its plan carrying a follow-up
   * policy, for the documents still written in a version whose plans carried one.
   */
  static void writeAgenda(JsonGenerator out, Agenda agenda, FollowUpPolicy policy) {
    out.writeStartObject();
    writeFields(out, agenda, policy);
    out.writeEndObject();
  }

  /** Writes a contact object. */
  static void writeContact(JsonGenerator out, Contact contact) {
    out.writeStartObject();
    string(out, Names.NAME, contact.name());
    string(out, Names.ROLE, contact.role());
    string(out, Names.ORGANISATION, contact.organisation());
    arrayStart(out, Names.NOTES);
    for (ResearchNote note : contact.notes()) {
      out.writeStartObject();
      string(out, Names.ID, note.id());
      string(out, Names.TEXT, note.text());
      string(out, Names.SOURCE, note.source());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeItem(JsonGenerator out, AgendaItem item) {
    out.writeStartObject();
    string(out, Names.ID, item.id());
    string(out, Names.PHASE, item.phase().value());
    string(out, Names.KIND, kindName(item.kind()));
    string(out, Names.TEXT, item.text());
    writeDuration(out, Names.PLANNED, item.planned());
    number(out, Names.PRIORITY, item.priority());
    bool(out, Names.MUST_KEEP, item.mustKeep());
    if (item.cueId().isPresent()) {
      string(out, Names.CUE, item.cueId().get());
    }
    arrayStart(out, Names.LINKED_NOTES);
    for (String note : item.linkedNotes()) {
      out.writeString(note);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  @Override
  Agenda readDocument(StrictReader in, DocumentType<Agenda> type) {
    PlanCodec.PolicyField policy = new PlanCodec.PolicyField();
    AgendaRead read = new AgendaRead(policy);
    int version = in.readFields(AGENDA_DOCUMENT, read, type);
    Agenda agenda = in.endObject(read.agenda::build);
    policy.check(in, version); // agenda@1 embeds plan@1's shape, agenda@2 plan@2's
    return agenda;
  }

  /**
   * Reads an embedded agenda object, without {@code format}; the caller checks {@code policy}
   * once it knows its document's version.
   */
  static Agenda readAgenda(StrictReader in, PlanCodec.PolicyField policy) {
    AgendaRead read = new AgendaRead(policy);
    in.readFields(AGENDA_BODY, read, null);
    return in.endObject(read.agenda::build);
  }

  /** Reads a contact object. */
  static Contact readContact(StrictReader in) {
    return in.readObject(CONTACT, Contact.builder(), Contact.Builder::build);
  }

  private static ResearchNote readNote(StrictReader in) {
    return in.readObject(NOTE, new NoteRead(), n -> ResearchNote.of(n.id, n.text, n.source));
  }

  private static AgendaItem readItem(StrictReader in) {
    return in.readObject(ITEM, AgendaItem.builder(), AgendaItem.Builder::build);
  }

  private static Preparation readPreparation(StrictReader in) {
    return in.readObject(PREPARATION, Preparation.builder(), Preparation.Builder::build);
  }

  private static PreparationStep readStep(StrictReader in) {
    return in.readObject(STEP, new NoteRead(), n -> PreparationStep.of(n.id, n.text, n.done));
  }
}
