package io.github.twentyminute.json;

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

  private static final String[] SESSION = {"agenda", "events"};
  private static final Fields SESSION_BODY = Fields.of(SESSION);
  private static final Fields SESSION_DOCUMENT = document(SESSION);
  /** Every field an event may have; which ones it must have depends on its type. */
  private static final Fields EVENT =
      Fields.of("type", "at", "phase?", "item?", "cue?", "event?", "correctedTo?");
  private static final int TYPE = 0;
  private static final int AT = 1;
  private static final int PHASE = 2;
  private static final int ITEM = 3;
  private static final int CUE = 4;
  private static final int EVENT_INDEX = 5;
  private static final int CORRECTED_TO = 6;

  /** The event types, each with the fields beyond type and at that it must have. */
  private enum Type {
    STARTED("started"),
    PHASE_ENTERED("phase-entered", PHASE),
    ITEM_COVERED("item-covered", ITEM),
    ITEM_SKIPPED("item-skipped", ITEM),
    CUE_DONE("cue-done", CUE),
    PAUSED("paused"),
    RESUMED("resumed"),
    ENDED("ended"),
    CLOCK_CORRECTED("clock-corrected", EVENT_INDEX, CORRECTED_TO);

    final String id;
    final long fields;

    Type(String id, int... extra) {
      this.id = id;
      long mask = (1L << TYPE) | (1L << AT);
      for (int field : extra) {
        mask |= 1L << field;
      }
      this.fields = mask;
    }
  }

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
      StrictReader in, Fields fields, @Nullable DocumentType<?> type) {
    in.beginObject(fields);
    PlanCodec.PolicyField policy = new PlanCodec.PolicyField();
    int version = DocumentType.SESSION.version();
    Agenda agenda = null;
    List<SessionEvent> events = List.of();
    List<int[]> starts = new ArrayList<>();
    String eventsPointer = "";
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          agenda = AgendaCodec.readAgenda(in, policy);
          break;
        case 1:
          eventsPointer = in.valuePointer();
          events = readEvents(in, starts);
          break;
        default:
          version = readFormat(in, java.util.Objects.requireNonNull(type, "type"));
          break;
      }
    }
    policy.check(in, version); // session@1 embeds agenda@1's shape, session@2 agenda@2's
    MeetingSession replayed =
        replay(in, java.util.Objects.requireNonNull(agenda), events, starts, eventsPointer);
    return in.endObject(() -> replayed);
  }

  private static SessionEvent readEvent(StrictReader in, List<int[]> starts) {
    in.beginObject(EVENT);
    starts.add(in.containerStart());
    Type type = null;
    Instant at = null;
    PhaseId phase = null;
    String item = null;
    String cue = null;
    int eventIndex = 0;
    Instant correctedTo = null;
    long present = 0;
    int field;
    while ((field = in.nextField()) >= 0) {
      present |= 1L << field;
      switch (field) {
        case TYPE:
          type = in.readChoice(TYPES, "an event type: started, phase-entered, item-covered,"
              + " item-skipped, cue-done, paused, resumed, ended or clock-corrected");
          break;
        case AT:
          at = in.readInstant();
          break;
        case PHASE:
          phase = in.readConverted(PhaseId::of);
          break;
        case ITEM:
          item = in.readString();
          break;
        case CUE:
          cue = in.readString();
          break;
        case EVENT_INDEX:
          eventIndex = in.readInt();
          break;
        default:
          correctedTo = in.readInstant();
          break;
      }
    }
    Type kind = java.util.Objects.requireNonNull(type);
    long fields = present;
    Instant when = java.util.Objects.requireNonNull(at);
    PhaseId enteredPhase = phase;
    String itemId = item;
    String cueId = cue;
    int index = eventIndex;
    Instant moved = correctedTo;
    return in.endObject(() -> {
      checkFields(kind, fields);
      switch (kind) {
        case STARTED:
          return SessionEvent.started(when);
        case PHASE_ENTERED:
          return SessionEvent.phaseEntered(when, java.util.Objects.requireNonNull(enteredPhase));
        case ITEM_COVERED:
          return SessionEvent.itemCovered(when, java.util.Objects.requireNonNull(itemId));
        case ITEM_SKIPPED:
          return SessionEvent.itemSkipped(when, java.util.Objects.requireNonNull(itemId));
        case CUE_DONE:
          return SessionEvent.cueDone(when, java.util.Objects.requireNonNull(cueId));
        case PAUSED:
          return SessionEvent.paused(when);
        case RESUMED:
          return SessionEvent.resumed(when);
        case ENDED:
          return SessionEvent.ended(when);
        default:
          return SessionEvent.clockCorrected(when, index, java.util.Objects.requireNonNull(moved));
      }
    });
  }

  /** Checks that an event has exactly the fields of its type. */
  private static void checkFields(Type type, long present) {
    long missing = type.fields & ~present;
    long extra = present & ~type.fields;
    if (missing == 0 && extra == 0) {
      return;
    }
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      if ((type.fields & (1L << i)) != 0) {
        expected.append(expected.length() == 0 ? "" : ", ").append(EVENT.name(i));
      }
    }
    if (missing != 0) {
      throw new IllegalArgumentException("missing required field \""
          + EVENT.name(Long.numberOfTrailingZeros(missing)) + "\" for an event of type \""
          + type.id + "\"; expected the fields " + expected);
    }
    throw new IllegalArgumentException("field \"" + EVENT.name(Long.numberOfTrailingZeros(extra))
        + "\" does not belong to an event of type \"" + type.id + "\"; expected the fields "
        + expected);
  }
}
