package io.github.twentyminute.json;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpPolicy;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.session.SessionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code twentyminute/meeting-record@2} document, which reads {@code @1} too. Each fact is
 * written once: the session, when there is one, as its event log only ({@code "session":
 * {"events": [...]}}), since it runs on the record's own agenda; the follow-up without the
 * counterpart, which is the agenda's; the follow-up policy in the follow-up only. The timeline
 * and the names received are derived, so they are not written. The revision is the store's.
 *
 * <p>Version 1 also held the record's revision, a second copy of the counterpart in the
 * follow-up and a second copy of the policy in the agenda's plan: on reading, the revision is
 * dropped and the copies are checked against the facts they copy, then dropped.
 */
final class MeetingRecordCodec extends DocumentCodec<MeetingRecord> {
  static final MeetingRecordCodec INSTANCE = new MeetingRecordCodec();

  /** The first version without the revision and the second copies. */
  static final int FACTS_ONCE = 2;

  private static final String[] RECORD = {"id", "revision?", "agenda", "session?", "followUp",
      "insights", "evangelist"};
  private static final Fields RECORD_DOCUMENT = document(RECORD);
  private static final Fields SESSION = Fields.of("events");
  private static final Fields INSIGHT = Fields.of("text", "tags", "item?");
  private static final Map<String, Evangelist> EVANGELISTS =
      Map.of("yes", Evangelist.YES, "likely", Evangelist.LIKELY, "no", Evangelist.NO);

  private MeetingRecordCodec() {}

  @Override
  void writeFields(JsonGenerator out, MeetingRecord record) {
    string(out, Names.ID, record.id());
    out.writeName(Names.AGENDA);
    AgendaCodec.writeAgenda(out, record.agenda());
    if (record.session().isPresent()) {
      objectStart(out, Names.SESSION);
      SessionCodec.writeEvents(out, record.session().get());
      out.writeEndObject();
    }
    out.writeName(Names.FOLLOW_UP);
    FollowUpCodec.writeFollowUp(out, FollowUp.builder().from(record.followUp())
        .counterpart(Optional.empty()).build());
    arrayStart(out, Names.INSIGHTS);
    for (Insight insight : record.insights()) {
      writeInsight(out, insight);
    }
    out.writeEndArray();
    string(out, Names.EVANGELIST, record.evangelist().name().toLowerCase(Locale.ROOT));
  }

  private static void writeInsight(JsonGenerator out, Insight insight) {
    out.writeStartObject();
    string(out, Names.TEXT, insight.text());
    arrayStart(out, Names.TAGS);
    for (String tag : insight.tags()) {
      out.writeString(tag);
    }
    out.writeEndArray();
    if (insight.itemId().isPresent()) {
      string(out, Names.ITEM, insight.itemId().get());
    }
    out.writeEndObject();
  }

  /** What a record document held besides the record's own fields, checked at its end. */
  private static final class Read {
    final PlanCodec.PolicyField policy = new PlanCodec.PolicyField();
    final List<int[]> starts = new ArrayList<>();
    @Nullable Agenda agenda;
    @Nullable List<SessionEvent> events;
    String eventsPointer = "";
    @Nullable FollowUp followUp;
    String followUpPointer = "";
    int[] followUpStart = {0, 0};
    @Nullable String revisionPointer;
    int[] revisionStart = {0, 0};
    int[] recordStart = {0, 0};
    int version;
    String id = "";
    List<Insight> insights = List.of();
    Evangelist evangelist = Evangelist.NO;

    MeetingRecord build(StrictReader in) {
      var record = MeetingRecord.builder().id(id).agenda(Objects.requireNonNull(agenda))
          .followUp(Objects.requireNonNull(followUp)).insights(insights).evangelist(evangelist);
      if (events != null) {
        record.session(SessionCodec.replay(in, agenda, events, starts, eventsPointer));
      }
      return record.build();
    }
  }

  @Override
  MeetingRecord readDocument(StrictReader in, DocumentType<MeetingRecord> type) {
    in.beginObject(RECORD_DOCUMENT);
    Read read = new Read();
    read.recordStart = in.containerStart();
    int field;
    while ((field = in.nextField()) >= 0) {
      readField(in, type, field, read);
    }
    checkVersion(in, read);
    return in.endObject(() -> read.build(in));
  }

  private static void readField(StrictReader in, DocumentType<MeetingRecord> type, int field,
      Read read) {
    switch (field) {
      case 0:
        read.id = in.readString();
        break;
      case 1:
        read.revisionPointer = in.valuePointer();
        read.revisionStart = tokenStart(in);
        long revision = in.readLong();
        if (revision < 0) {
          throw in.error("expected a revision of 0 or more, found " + revision);
        }
        break;
      case 2:
        read.agenda = AgendaCodec.readAgenda(in, read.policy);
        break;
      case 3:
        in.beginObject(SESSION);
        List<List<SessionEvent>> events = new ArrayList<>(1);
        while (in.nextField() >= 0) {
          read.eventsPointer = in.valuePointer();
          events.add(SessionCodec.readEvents(in, read.starts));
        }
        read.events = in.endObject(() -> events.get(0));
        break;
      case 4:
        read.followUpPointer = in.valuePointer();
        read.followUpStart = tokenStart(in);
        read.followUp = FollowUpCodec.readFollowUp(in);
        break;
      case 5:
        read.insights = in.readList(() -> readInsight(in));
        break;
      case 6:
        read.evangelist = in.readChoice(EVANGELISTS, "\"yes\", \"likely\" or \"no\"");
        break;
      default:
        read.version = readFormat(in, type);
        break;
    }
  }

  private static int[] tokenStart(StrictReader in) {
    var at = in.parser().currentTokenLocation();
    return new int[] {at.getLineNr(), at.getColumnNr()};
  }

  /**
   * Checks the fields that differ between versions: version 1 carries the revision and a copy
   * of the policy in its plan, which must be the follow-up's; from version 2 neither, and the
   * follow-up names no counterpart.
   */
  private static void checkVersion(StrictReader in, Read read) {
    read.policy.check(in, read.version < FACTS_ONCE ? 1 : 2);
    FollowUp followUp = Objects.requireNonNull(read.followUp);
    if (read.version < FACTS_ONCE) {
      if (read.revisionPointer == null) {
        throw in.errorAt("", read.recordStart, "missing required field \"revision\";"
            + " a version 1 meeting record carries its revision", null);
      }
      FollowUpPolicy copy = read.policy.value().orElseThrow();
      if (!copy.equals(followUp.policy())) {
        throw in.errorAt(read.policy.pointer(), read.policy.start(), "expected the plan's"
            + " follow-up policy to be the follow-up's, found another one: the two copies of"
            + " a version 1 record must agree", null);
      }
      return;
    }
    if (read.revisionPointer != null) {
      throw in.errorAt(read.revisionPointer, read.revisionStart, "unknown field \"revision\";"
          + " from version " + FACTS_ONCE + " a meeting record has no revision, the store"
          + " keeps it", null);
    }
    if (followUp.counterpart().isPresent()) {
      throw in.errorAt(read.followUpPointer + "/counterpart", read.followUpStart,
          "unknown field \"counterpart\"; from version " + FACTS_ONCE + " a meeting record's"
          + " follow-up names no counterpart, the agenda's is taken", null);
    }
  }

  private static Insight readInsight(StrictReader in) {
    in.beginObject(INSIGHT);
    var insight = Insight.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          insight.text(in.readString());
          break;
        case 1:
          insight.tags(in.readList(in::readString));
          break;
        default:
          insight.itemId(in.readString());
          break;
      }
    }
    return in.endObject(insight::build);
  }
}
