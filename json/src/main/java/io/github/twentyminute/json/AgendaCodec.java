package io.github.twentyminute.json;

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

  private static final String[] AGENDA = {"plan", "counterpart", "purpose", "overview", "items",
      "preparation", "scheduledStart?"};
  private static final Fields AGENDA_BODY = Fields.of(AGENDA);
  private static final Fields AGENDA_DOCUMENT = document(AGENDA);
  private static final Fields CONTACT = Fields.of("name", "role", "organisation", "notes");
  private static final Fields NOTE = Fields.of("id", "text", "source");
  private static final Fields ITEM = Fields.of("id", "phase", "kind", "text", "planned",
      "priority", "mustKeep", "cue?", "linkedNotes");
  private static final Fields PREPARATION = Fields.of("steps");
  private static final Fields STEP = Fields.of("id", "text", "done");
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
    int[] version = {0};
    Agenda agenda = readAgenda(in, AGENDA_DOCUMENT, policy, version, type);
    policy.check(in, version[0]); // agenda@1 embeds plan@1's shape, agenda@2 plan@2's
    return agenda;
  }

  /**
   * Reads an embedded agenda object, without {@code format}; the caller checks {@code policy}
   * once it knows its document's version.
   */
  static Agenda readAgenda(StrictReader in, PlanCodec.PolicyField policy) {
    return readAgenda(in, AGENDA_BODY, policy, new int[1], null);
  }

  private static Agenda readAgenda(StrictReader in, Fields fields, PlanCodec.PolicyField policy,
      int[] version, @Nullable DocumentType<?> type) {
    in.beginObject(fields);
    var agenda = Agenda.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          agenda.plan(PlanCodec.readPlan(in, policy));
          break;
        case 1:
          agenda.counterpart(readContact(in));
          break;
        case 2:
          agenda.purpose(in.readString());
          break;
        case 3:
          agenda.overview(in.readString());
          break;
        case 4:
          agenda.items(in.readList(() -> readItem(in)));
          break;
        case 5:
          agenda.preparation(readPreparation(in));
          break;
        case 6:
          agenda.scheduledStart(in.readInstant());
          break;
        default:
          version[0] = readFormat(in, java.util.Objects.requireNonNull(type, "type"));
          break;
      }
    }
    return in.endObject(agenda::build);
  }

  /** Reads a contact object. */
  static Contact readContact(StrictReader in) {
    in.beginObject(CONTACT);
    var contact = Contact.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          contact.name(in.readString());
          break;
        case 1:
          contact.role(in.readString());
          break;
        case 2:
          contact.organisation(in.readString());
          break;
        default:
          contact.notes(in.readList(() -> readNote(in)));
          break;
      }
    }
    return in.endObject(contact::build);
  }

  private static ResearchNote readNote(StrictReader in) {
    in.beginObject(NOTE);
    String[] values = {"", "", ""};
    int field;
    while ((field = in.nextField()) >= 0) {
      values[field] = in.readString();
    }
    return in.endObject(() -> ResearchNote.of(values[0], values[1], values[2]));
  }

  private static AgendaItem readItem(StrictReader in) {
    in.beginObject(ITEM);
    var item = AgendaItem.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          item.id(in.readString());
          break;
        case 1:
          item.phase(in.readConverted(PhaseId::of));
          break;
        case 2:
          item.kind(in.readChoice(KINDS, "\"question\", \"statement\" or \"cue\""));
          break;
        case 3:
          item.text(in.readString());
          break;
        case 4:
          item.planned(in.readDuration());
          break;
        case 5:
          item.priority(in.readInt());
          break;
        case 6:
          item.mustKeep(in.readBoolean());
          break;
        case 7:
          item.cueId(in.readString());
          break;
        default:
          item.linkedNotes(in.readList(in::readString));
          break;
      }
    }
    return in.endObject(item::build);
  }

  private static Preparation readPreparation(StrictReader in) {
    in.beginObject(PREPARATION);
    var preparation = Preparation.builder();
    while (in.nextField() >= 0) {
      preparation.steps(in.readList(() -> readStep(in)));
    }
    return in.endObject(preparation::build);
  }

  private static PreparationStep readStep(StrictReader in) {
    in.beginObject(STEP);
    String id = "";
    String text = "";
    boolean done = false;
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          id = in.readString();
          break;
        case 1:
          text = in.readString();
          break;
        default:
          done = in.readBoolean();
          break;
      }
    }
    String stepId = id;
    String stepText = text;
    boolean stepDone = done;
    return in.endObject(() -> PreparationStep.of(stepId, stepText, stepDone));
  }
}
