package io.github.twentyminute.json;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.Preparation;
import io.github.twentyminute.agenda.PreparationStep;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.plan.PhaseId;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** The {@code twentyminute/agenda@1} document, and the agenda object other documents embed. */
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
    out.writeName("plan");
    PlanCodec.writePlan(out, agenda.plan());
    out.writeName("counterpart");
    writeContact(out, agenda.counterpart());
    out.writeStringProperty("purpose", agenda.purpose());
    out.writeStringProperty("overview", agenda.overview());
    out.writeArrayPropertyStart("items");
    for (AgendaItem item : agenda.items()) {
      writeItem(out, item);
    }
    out.writeEndArray();
    out.writeObjectPropertyStart("preparation");
    out.writeArrayPropertyStart("steps");
    for (PreparationStep step : agenda.preparation().steps()) {
      out.writeStartObject();
      out.writeStringProperty("id", step.id());
      out.writeStringProperty("text", step.text());
      out.writeBooleanProperty("done", step.done());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
    if (agenda.scheduledStart().isPresent()) {
      out.writeStringProperty("scheduledStart", agenda.scheduledStart().get().toString());
    }
  }

  /** Writes an agenda as an embedded object, without {@code format}. */
  static void writeAgenda(JsonGenerator out, Agenda agenda) {
    out.writeStartObject();
    INSTANCE.writeFields(out, agenda);
    out.writeEndObject();
  }

  /** Writes a contact object. */
  static void writeContact(JsonGenerator out, Contact contact) {
    out.writeStartObject();
    out.writeStringProperty("name", contact.name());
    out.writeStringProperty("role", contact.role());
    out.writeStringProperty("organisation", contact.organisation());
    out.writeArrayPropertyStart("notes");
    for (ResearchNote note : contact.notes()) {
      out.writeStartObject();
      out.writeStringProperty("id", note.id());
      out.writeStringProperty("text", note.text());
      out.writeStringProperty("source", note.source());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeItem(JsonGenerator out, AgendaItem item) {
    out.writeStartObject();
    out.writeStringProperty("id", item.id());
    out.writeStringProperty("phase", item.phase().value());
    out.writeStringProperty("kind", kindName(item.kind()));
    out.writeStringProperty("text", item.text());
    writeDuration(out, "planned", item.planned());
    out.writeNumberProperty("priority", item.priority());
    out.writeBooleanProperty("mustKeep", item.mustKeep());
    if (item.cueId().isPresent()) {
      out.writeStringProperty("cue", item.cueId().get());
    }
    out.writeArrayPropertyStart("linkedNotes");
    for (String note : item.linkedNotes()) {
      out.writeString(note);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  @Override
  Agenda readDocument(StrictReader in, DocumentType<Agenda> type) {
    return readAgenda(in, AGENDA_DOCUMENT, type);
  }

  /** Reads an embedded agenda object, without {@code format}. */
  static Agenda readAgenda(StrictReader in) {
    return readAgenda(in, AGENDA_BODY, null);
  }

  private static Agenda readAgenda(StrictReader in, Fields fields, @Nullable DocumentType<?> type) {
    in.beginObject(fields);
    var agenda = Agenda.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          agenda.plan(PlanCodec.readPlan(in));
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
          readFormat(in, java.util.Objects.requireNonNull(type, "type"));
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
