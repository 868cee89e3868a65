package io.github.twentyminute.json;

import static io.github.twentyminute.json.Shape.optional;
import static io.github.twentyminute.json.Shape.required;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * The {@code twentyminute/session@2} document: a live meeting stored as its agenda and its event
 * log, from which the session is rebuilt by replaying the events in order. Version 2 differs
 * from version 1 only in the agenda's plan, which has no follow-up policy any more (see
 * {@link PlanCodec}). An event the session
 * refuses (time going backwards, a phase after the end, an item the agenda lacks) is reported at
 * that event, with the core's message.
 */
final class SessionCodec extends DocumentCodec<MeetingSession> {
  static final SessionCodec INSTANCE = new SessionCodec();

  /** The event types, each with the fields beyond type and at that it must have. */
  private enum Type {
    STARTED("started"),
    PHASE_ENTERED("phase-entered", Names.PHASE),
    ITEM_COVERED("item-covered", Names.ITEM),
    ITEM_SKIPPED("item-skipped", Names.ITEM),
    CUE_DONE("cue-done", Names.CUE),
    PAUSED("paused"),
    RESUMED("resumed"),
    ENDED("ended"),
    CLOCK_CORRECTED("clock-corrected", Names.EVENT, Names.CORRECTED_TO);

    final String id;
    /** The fields an event of this type has, in the order they are listed in messages. */
    final List<String> fields;

    Type(String id, SerializedString... extra) {
      this.id = id;
      List<String> names = new ArrayList<>(List.of(Names.TYPE.getValue(), Names.AT.getValue()));
      for (SerializedString field : extra) {
        names.add(field.getValue());
      }
      this.fields = List.copyOf(names);
    }
  }

  /** A session being read: its agenda, its events and where each event starts. */
  private static final class SessionRead {
    final PlanCodec.PolicyField policy = new PlanCodec.PolicyField();
    @Nullable Agenda agenda;
    List<SessionEvent> events = List.of();
    final List<int[]> starts = new ArrayList<>();
    String eventsPointer = "";
  }

  private static final Shape<SessionRead> SESSION_BODY = Shape.of(
      required(Names.AGENDA, (in, s) -> s.agenda = AgendaCodec.readAgenda(in, s.policy)),
      required(Names.EVENTS, (in, s) -> {
        s.eventsPointer = in.valuePointer();
        s.events = readEvents(in, s.starts);
      }));
  private static final Shape<SessionRead> SESSION_DOCUMENT = SESSION_BODY.document();

  /** An event being read: every field an event may have, null until read. */
  private static final class EventRead {
    @Nullable Type type;
    @Nullable Instant at;
    @Nullable PhaseId phase;
    @Nullable String item;
    @Nullable String cue;
    @Nullable Integer eventIndex;
    @Nullable Instant correctedTo;

    /** Returns the names of the fields present, type and at first (both are required). */
    List<String> present() {
      List<String> names = new ArrayList<>(List.of(Names.TYPE.getValue(), Names.AT.getValue()));
      addIf(names, phase, Names.PHASE);
      addIf(names, item, Names.ITEM);
      addIf(names, cue, Names.CUE);
      addIf(names, eventIndex, Names.EVENT);
      addIf(names, correctedTo, Names.CORRECTED_TO);
      return names;
    }

    private static void addIf(List<String> names, @Nullable Object value, SerializedString name) {
      if (value != null) {
        names.add(name.getValue());
      }
    }
  }

  private static final String TYPE_CHOICES = "an event type: started, phase-entered,"
      + " item-covered, item-skipped, cue-done, paused, resumed, ended or clock-corrected";

  /** Every field an event may have; which ones it must have depends on its type. */
  private static final Shape<EventRead> EVENT = Shape.of(
      required(Names.TYPE,
          (in, e) -> e.type = in.readChoice(SessionCodec.TYPES, TYPE_CHOICES)),
      required(Names.AT, (in, e) -> e.at = in.readInstant()),
      optional(Names.PHASE, (in, e) -> e.phase = in.readConverted(PhaseId::of)),
      optional(Names.ITEM, (in, e) -> e.item = in.readString()),
      optional(Names.CUE, (in, e) -> e.cue = in.readString()),
      optional(Names.EVENT, (in, e) -> e.eventIndex = in.readInt()),
      optional(Names.CORRECTED_TO, (in, e) -> e.correctedTo = in.readInstant()));

  private static final Map<String, Type> TYPES = types();

  private static Map<String, Type> types() {
    Map<String, Type> types = new java.util.HashMap<>();
    for (Type type : Type.values()) {
      types.put(type.id, type);
    }
    return Map.copyOf(types);
  }

  private SessionCodec() {}

  @Override
  void writeFields(JsonGenerator out, MeetingSession session) {
    out.writeName(Names.AGENDA);
    AgendaCodec.writeAgenda(out, session.agenda());
    writeEvents(out, session);
  }

  /** Writes the {@code events} field of a session. */
  static void writeEvents(JsonGenerator out, MeetingSession session) {
    arrayStart(out, Names.EVENTS);
    for (SessionEvent event : session.events()) {
      writeEvent(out, event);
    }
    out.writeEndArray();
  }

  /** Reads the value of an {@code events} field, recording where each event starts. */
  static List<SessionEvent> readEvents(StrictReader in, List<int[]> starts) {
    return in.readList(() -> readEvent(in, starts));
  }

  /**
   * Replays events on a new session of an agenda, reporting a refused event at its pointer and
   * location.
   */
  static MeetingSession replay(StrictReader in, Agenda agenda, List<SessionEvent> events,
      List<int[]> starts, String eventsPointer) {
    MeetingSession session = MeetingSession.of(agenda);
    for (int i = 0; i < events.size(); i++) {
      try {
        session = session.apply(events.get(i));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw in.errorAt(eventsPointer + "/" + i, starts.get(i),
            "the session refuses event " + i + ": " + e.getMessage(), e);
      }
    }
    return session;
  }

  private static void writeEvent(JsonGenerator out, SessionEvent event) {
    out.writeStartObject();
    if (event instanceof SessionEvent.Started) {
      string(out, Names.TYPE, Type.STARTED.id);
    } else if (event instanceof SessionEvent.PhaseEntered) {
      string(out, Names.TYPE, Type.PHASE_ENTERED.id);
    } else if (event instanceof SessionEvent.ItemCovered) {
      string(out, Names.TYPE, Type.ITEM_COVERED.id);
    } else if (event instanceof SessionEvent.ItemSkipped) {
      string(out, Names.TYPE, Type.ITEM_SKIPPED.id);
    } else if (event instanceof SessionEvent.CueDone) {
      string(out, Names.TYPE, Type.CUE_DONE.id);
    } else if (event instanceof SessionEvent.Paused) {
      string(out, Names.TYPE, Type.PAUSED.id);
    } else if (event instanceof SessionEvent.Resumed) {
      string(out, Names.TYPE, Type.RESUMED.id);
    } else if (event instanceof SessionEvent.Ended) {
      string(out, Names.TYPE, Type.ENDED.id);
    } else {
      string(out, Names.TYPE, Type.CLOCK_CORRECTED.id);
    }
    string(out, Names.AT, event.at().toString());
    if (event instanceof SessionEvent.PhaseEntered) {
      string(out, Names.PHASE, ((SessionEvent.PhaseEntered) event).phase().value());
    } else if (event instanceof SessionEvent.ItemCovered) {
      string(out, Names.ITEM, ((SessionEvent.ItemCovered) event).itemId());
    } else if (event instanceof SessionEvent.ItemSkipped) {
      string(out, Names.ITEM, ((SessionEvent.ItemSkipped) event).itemId());
    } else if (event instanceof SessionEvent.CueDone) {
      string(out, Names.CUE, ((SessionEvent.CueDone) event).cueId());
    } else if (event instanceof SessionEvent.ClockCorrected) {
      SessionEvent.ClockCorrected corrected = (SessionEvent.ClockCorrected) event;
      number(out, Names.EVENT, corrected.eventIndex());
      string(out, Names.CORRECTED_TO, corrected.correctedTo().toString());
    }
    out.writeEndObject();
  }

  @Override
  MeetingSession readDocument(StrictReader in, DocumentType<MeetingSession> type) {
    return readSession(in, SESSION_DOCUMENT, type);
  }

  /** Reads an embedded session object, without {@code format}. */
  static MeetingSession readSession(StrictReader in) {
    return readSession(in, SESSION_BODY, null);
  }

  private static MeetingSession readSession(
      StrictReader in, Shape<SessionRead> shape, @Nullable DocumentType<?> type) {
    SessionRead read = new SessionRead();
    int version = in.readFields(shape, read, type);
    if (type == null) {
      version = DocumentType.SESSION.version();
    }
    read.policy.check(in, version); // session@1 embeds agenda@1's shape, session@2 agenda@2's
    MeetingSession replayed = replay(in, java.util.Objects.requireNonNull(read.agenda),
        read.events, read.starts, read.eventsPointer);
    return in.endObject(() -> replayed);
  }

  private static SessionEvent readEvent(StrictReader in, List<int[]> starts) {
    EventRead read = new EventRead();
    in.readFields(EVENT, read, null, begun -> starts.add(begun.containerStart()));
    return in.endObject(() -> event(read));
  }

  /** Builds an event from the fields read, once they are known to be its type's. */
  private static SessionEvent event(EventRead read) {
    Type type = java.util.Objects.requireNonNull(read.type);
    checkFields(type, read);
    Instant at = java.util.Objects.requireNonNull(read.at);
    switch (type) {
      case STARTED:
        return SessionEvent.started(at);
      case PHASE_ENTERED:
        return SessionEvent.phaseEntered(at, java.util.Objects.requireNonNull(read.phase));
      case ITEM_COVERED:
        return SessionEvent.itemCovered(at, java.util.Objects.requireNonNull(read.item));
      case ITEM_SKIPPED:
        return SessionEvent.itemSkipped(at, java.util.Objects.requireNonNull(read.item));
      case CUE_DONE:
        return SessionEvent.cueDone(at, java.util.Objects.requireNonNull(read.cue));
      case PAUSED:
        return SessionEvent.paused(at);
      case RESUMED:
        return SessionEvent.resumed(at);
      case ENDED:
        return SessionEvent.ended(at);
      default:
        return SessionEvent.clockCorrected(at, java.util.Objects.requireNonNull(read.eventIndex),
            java.util.Objects.requireNonNull(read.correctedTo));
    }
  }

  /** Checks that an event has exactly the fields of its type. */
  private static void checkFields(Type type, EventRead read) {
    String expected = String.join(", ", type.fields);
    List<String> present = read.present();
    for (String field : type.fields) {
      if (!present.contains(field)) {
        throw new IllegalArgumentException("missing required field \"" + field
            + "\" for an event of type \"" + type.id + "\"; expected the fields " + expected);
      }
    }
    for (String field : present) {
      if (!type.fields.contains(field)) {
        throw new IllegalArgumentException("field \"" + field + "\" does not belong to an event"
            + " of type \"" + type.id + "\"; expected the fields " + expected);
      }
    }
  }
}
