package io.github.twentyminute.json;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.session.SessionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code twentyminute/meeting-record@1} document. The session, when there is one, is written
 * as its event log only ({@code "session": {"events": [...]}}), since it runs on the record's own
 * agenda; the timeline and the names received are derived, so they are not written.
 */
final class MeetingRecordCodec extends DocumentCodec<MeetingRecord> {
  static final MeetingRecordCodec INSTANCE = new MeetingRecordCodec();

  private static final String[] RECORD = {"id", "revision", "agenda", "session?", "followUp",
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
    number(out, Names.REVISION, record.revision());
    out.writeName(Names.AGENDA);
    // meeting-record@1 embeds agenda@1's shape: its plan carries the record's follow-up policy
    AgendaCodec.writeAgenda(out, record.agenda(), record.followUp().policy());
    if (record.session().isPresent()) {
      objectStart(out, Names.SESSION);
      SessionCodec.writeEvents(out, record.session().get());
      out.writeEndObject();
    }
    out.writeName(Names.FOLLOW_UP);
    FollowUpCodec.writeFollowUp(out, record.followUp());
    arrayStart(out, Names.INSIGHTS);
    for (Insight insight : record.insights()) {
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
    out.writeEndArray();
    string(out, Names.EVANGELIST,
        record.evangelist().name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  MeetingRecord readDocument(StrictReader in, DocumentType<MeetingRecord> type) {
    in.beginObject(RECORD_DOCUMENT);
    var record = MeetingRecord.builder();
    PlanCodec.PolicyField policy = new PlanCodec.PolicyField();
    Agenda agenda = null;
    List<SessionEvent> events = null;
    List<int[]> starts = new ArrayList<>();
    String[] eventsPointer = {""};
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          record.id(in.readString());
          break;
        case 1:
          long revision = in.readLong();
          if (revision < 0) {
            throw in.error("expected a revision of 0 or more, found " + revision);
          }
          record.revision(revision);
          break;
        case 2:
          agenda = AgendaCodec.readAgenda(in, policy);
          record.agenda(agenda);
          break;
        case 3:
          in.beginObject(SESSION);
          List<List<SessionEvent>> read = new ArrayList<>(1);
          while (in.nextField() >= 0) {
            eventsPointer[0] = in.valuePointer();
            read.add(SessionCodec.readEvents(in, starts));
          }
          events = in.endObject(() -> read.get(0));
          break;
        case 4:
          record.followUp(FollowUpCodec.readFollowUp(in));
          break;
        case 5:
          record.insights(in.readList(() -> readInsight(in)));
          break;
        case 6:
          record.evangelist(in.readChoice(EVANGELISTS, "\"yes\", \"likely\" or \"no\""));
          break;
        default:
          readFormat(in, type);
          break;
      }
    }
    policy.check(in, 1); // checked, then dropped: the follow-up's policy is the record's
    if (events != null) {
      record.session(SessionCodec.replay(in, Objects.requireNonNull(agenda), events, starts,
          eventsPointer[0]));
    }
    return in.endObject(record::build);
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
