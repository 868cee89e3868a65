package io.github.twentyminute.examples.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.PreparationStep;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpKind;
import io.github.twentyminute.followup.FollowUpPolicy;
import io.github.twentyminute.followup.FollowUpWindow;
import io.github.twentyminute.followup.TaskCompletion;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.session.SessionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the JSON benchmarks: plain mutable classes with public fields, holding the same
 * data as a {@link MeetingRecord} under the same field names, which Jackson maps by reflection
 * with no checks at all.
 */
public final class JsonBeans {
  private JsonBeans() {}

  /** A meeting record. */
  public static final class RecordBean {
    /** The format. */
    public String format;
    /** The id. */
    public String id;
    /** The revision. */
    public long revision;
    /** The agenda. */
    public AgendaBean agenda;
    /** The session. */
    public SessionBean session;
    /** The follow-up. */
    public FollowUpBean followUp;
    /** The insights. */
    public List<InsightBean> insights;
    /** The outcome. */
    public String evangelist;
  }

  /** An agenda. */
  public static final class AgendaBean {
    /** The plan. */
    public PlanBean plan;
    /** The counterpart. */
    public ContactBean counterpart;
    /** The purpose. */
    public String purpose;
    /** The overview. */
    public String overview;
    /** The items. */
    public List<ItemBean> items;
    /** The preparation. */
    public PreparationBean preparation;
    /** The scheduled start. */
    public Instant scheduledStart;
  }

  /** A plan. */
  public static final class PlanBean {
    /** The name. */
    public String name;
    /** The budget. */
    public Duration budget;
    /** The hard ceiling. */
    public Duration hardCeiling;
    /** The phases. */
    public List<PhaseBean> phases;
    /** The group limits. */
    public List<GroupLimitBean> groupLimits;
    /** The follow-up policy. */
    public Map<String, WindowBean> followUpPolicy;
  }

  /** A phase. */
  public static final class PhaseBean {
    /** The id. */
    public String id;
    /** The title. */
    public String title;
    /** The purpose. */
    public String purpose;
    /** The time box. */
    public TimeBoxBean timeBox;
    /** Whether required. */
    public boolean required;
    /** Whether it keeps its time. */
    public boolean keepsItsTime;
    /** Whether it absorbs overruns. */
    public boolean absorbsOverruns;
    /** The cues. */
    public List<CueBean> cues;
  }

  /** A time box. */
  public static final class TimeBoxBean {
    /** The minimum. */
    public Duration min;
    /** The target. */
    public Duration target;
    /** The maximum. */
    public Duration max;
  }

  /** A cue. */
  public static final class CueBean {
    /** The id. */
    public String id;
    /** The text. */
    public String text;
    /** Whether required. */
    public boolean required;
  }

  /** A group limit. */
  public static final class GroupLimitBean {
    /** The phases. */
    public List<String> phases;
    /** The limit. */
    public Duration max;
  }

  /** A follow-up window. */
  public static final class WindowBean {
    /** The ideal. */
    public Duration ideal;
    /** The maximum. */
    public Duration maximum;
    /** The weight. */
    public int weight;
  }

  /** A contact. */
  public static final class ContactBean {
    /** The name. */
    public String name;
    /** The role. */
    public String role;
    /** The organisation. */
    public String organisation;
    /** The research notes. */
    public List<NoteBean> notes;
  }

  /** A research note. */
  public static final class NoteBean {
    /** The id. */
    public String id;
    /** The text. */
    public String text;
    /** The source. */
    public String source;
  }

  /** An agenda item. */
  public static final class ItemBean {
    /** The id. */
    public String id;
    /** The phase. */
    public String phase;
    /** The kind. */
    public String kind;
    /** The text. */
    public String text;
    /** The planned duration. */
    public Duration planned;
    /** The priority. */
    public int priority;
    /** Whether must-keep. */
    public boolean mustKeep;
    /** The cue, or null. */
    public String cue;
    /** The linked notes. */
    public List<String> linkedNotes;
  }

  /** A preparation checklist. */
  public static final class PreparationBean {
    /** The steps. */
    public List<StepBean> steps;
  }

  /** A preparation step. */
  public static final class StepBean {
    /** The id. */
    public String id;
    /** The text. */
    public String text;
    /** Whether done. */
    public boolean done;
  }

  /** A session's events. */
  public static final class SessionBean {
    /** The events. */
    public List<EventBean> events;
  }

  /** A session event. */
  public static final class EventBean {
    /** The type. */
    public String type;
    /** When. */
    public Instant at;
    /** The phase, or null. */
    public String phase;
    /** The item, or null. */
    public String item;
    /** The cue, or null. */
    public String cue;
    /** The corrected event's index, or null. */
    public Integer event;
    /** The corrected instant, or null. */
    public Instant correctedTo;
  }

  /** A follow-up. */
  public static final class FollowUpBean {
    /** The meeting's end. */
    public Instant meetingEnd;
    /** The counterpart. */
    public ContactBean counterpart;
    /** The policy. */
    public Map<String, WindowBean> policy;
    /** The commitments. */
    public List<CommitmentBean> commitments;
    /** The completions. */
    public List<CompletionBean> completions;
  }

  /** A commitment. */
  public static final class CommitmentBean {
    /** The id. */
    public String id;
    /** Who owes it. */
    public String owedBy;
    /** The kind. */
    public String kind;
    /** The text. */
    public String text;
    /** The person, or null. */
    public ContactBean person;
    /** The due time, or null. */
    public Instant dueBy;
    /** When captured. */
    public Instant capturedAt;
    /** Whether tracked. */
    public boolean tracked;
  }

  /** A task completion. */
  public static final class CompletionBean {
    /** The task. */
    public String task;
    /** When done. */
    public Instant doneAt;
  }

  /** An insight. */
  public static final class InsightBean {
    /** The text. */
    public String text;
    /** The tags. */
    public List<String> tags;
    /** The item, or null. */
    public String item;
  }

  /**
   * Returns the plain Jackson mapper for the beans: fields in declaration order (Jackson 3 sorts
   * them by name unless told otherwise), nulls left out, durations and instants as ISO-8601 text.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultPropertyInclusion(
            include -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Copies a meeting record into beans.
   *
   * @param record the record
   * @return the beans
   */
  public static RecordBean of(MeetingRecord record) {
    RecordBean bean = new RecordBean();
    bean.format = "twentyminute/meeting-record@1";
    bean.id = record.id();
    bean.revision = 0; // the meeting-record@1 shape; the record itself holds no revision
    bean.agenda = of(record.agenda(), record.followUp().policy());
    record.session().ifPresent(s -> {
      bean.session = new SessionBean();
      bean.session.events = new ArrayList<>();
      for (SessionEvent e : s.events()) {
        bean.session.events.add(of(e));
      }
    });
    bean.followUp = of(record.followUp());
    bean.insights = new ArrayList<>();
    for (Insight insight : record.insights()) {
      InsightBean i = new InsightBean();
      i.text = insight.text();
      i.tags = new ArrayList<>(insight.tags());
      i.item = insight.itemId().orElse(null);
      bean.insights.add(i);
    }
    bean.evangelist = lower(record.evangelist());
    return bean;
  }

  private static AgendaBean of(Agenda agenda, FollowUpPolicy policy) {
    AgendaBean bean = new AgendaBean();
    bean.plan = of(agenda.plan(), policy);
    bean.counterpart = of(agenda.counterpart());
    bean.purpose = agenda.purpose();
    bean.overview = agenda.overview();
    bean.items = new ArrayList<>();
    for (AgendaItem item : agenda.items()) {
      ItemBean i = new ItemBean();
      i.id = item.id();
      i.phase = item.phase().value();
      i.kind = lower(item.kind());
      i.text = item.text();
      i.planned = item.planned();
      i.priority = item.priority();
      i.mustKeep = item.mustKeep();
      i.cue = item.cueId().orElse(null);
      i.linkedNotes = new ArrayList<>(item.linkedNotes());
      bean.items.add(i);
    }
    bean.preparation = new PreparationBean();
    bean.preparation.steps = new ArrayList<>();
    for (PreparationStep step : agenda.preparation().steps()) {
      StepBean s = new StepBean();
      s.id = step.id();
      s.text = step.text();
      s.done = step.done();
      bean.preparation.steps.add(s);
    }
    bean.scheduledStart = agenda.scheduledStart().orElse(null);
    return bean;
  }

  private static PlanBean of(MeetingPlan plan, FollowUpPolicy policy) {
    PlanBean bean = new PlanBean();
    bean.name = plan.name();
    bean.budget = plan.budget();
    bean.hardCeiling = plan.hardCeiling();
    bean.phases = new ArrayList<>();
    for (PhasePlan phase : plan.phases()) {
      PhaseBean p = new PhaseBean();
      p.id = phase.id().value();
      p.title = phase.title();
      p.purpose = phase.purpose();
      p.timeBox = new TimeBoxBean();
      p.timeBox.min = phase.timeBox().min();
      p.timeBox.target = phase.timeBox().target();
      p.timeBox.max = phase.timeBox().max();
      p.required = phase.required();
      p.keepsItsTime = phase.keepsItsTime();
      p.absorbsOverruns = phase.absorbsOverruns();
      p.cues = new ArrayList<>();
      for (Cue cue : phase.cues()) {
        CueBean c = new CueBean();
        c.id = cue.id();
        c.text = cue.text();
        c.required = cue.required();
        p.cues.add(c);
      }
      bean.phases.add(p);
    }
    bean.groupLimits = new ArrayList<>();
    for (GroupLimit limit : plan.groupLimits()) {
      GroupLimitBean g = new GroupLimitBean();
      g.phases = new ArrayList<>();
      for (PhaseId id : limit.phases()) {
        g.phases.add(id.value());
      }
      g.max = limit.max();
      bean.groupLimits.add(g);
    }
    bean.followUpPolicy = of(policy); // meeting-record@1 carries the policy in the plan too
    return bean;
  }

  private static Map<String, WindowBean> of(FollowUpPolicy policy) {
    Map<String, WindowBean> windows = new LinkedHashMap<>();
    for (FollowUpKind kind : FollowUpKind.values()) {
      FollowUpWindow window = policy.window(kind);
      WindowBean w = new WindowBean();
      w.ideal = window.ideal();
      w.maximum = window.maximum();
      w.weight = window.weight();
      windows.put(kind.id(), w);
    }
    return windows;
  }

  private static ContactBean of(Contact contact) {
    ContactBean bean = new ContactBean();
    bean.name = contact.name();
    bean.role = contact.role();
    bean.organisation = contact.organisation();
    bean.notes = new ArrayList<>();
    for (ResearchNote note : contact.notes()) {
      NoteBean n = new NoteBean();
      n.id = note.id();
      n.text = note.text();
      n.source = note.source();
      bean.notes.add(n);
    }
    return bean;
  }

  private static EventBean of(SessionEvent event) {
    EventBean bean = new EventBean();
    bean.at = event.at();
    if (event instanceof SessionEvent.Started) {
      bean.type = "started";
    } else if (event instanceof SessionEvent.PhaseEntered) {
      bean.type = "phase-entered";
      bean.phase = ((SessionEvent.PhaseEntered) event).phase().value();
    } else if (event instanceof SessionEvent.ItemCovered) {
      bean.type = "item-covered";
      bean.item = ((SessionEvent.ItemCovered) event).itemId();
    } else if (event instanceof SessionEvent.ItemSkipped) {
      bean.type = "item-skipped";
      bean.item = ((SessionEvent.ItemSkipped) event).itemId();
    } else if (event instanceof SessionEvent.CueDone) {
      bean.type = "cue-done";
      bean.cue = ((SessionEvent.CueDone) event).cueId();
    } else if (event instanceof SessionEvent.Paused) {
      bean.type = "paused";
    } else if (event instanceof SessionEvent.Resumed) {
      bean.type = "resumed";
    } else if (event instanceof SessionEvent.Ended) {
      bean.type = "ended";
    } else {
      SessionEvent.ClockCorrected corrected = (SessionEvent.ClockCorrected) event;
      bean.type = "clock-corrected";
      bean.event = corrected.eventIndex();
      bean.correctedTo = corrected.correctedTo();
    }
    return bean;
  }

  private static FollowUpBean of(FollowUp followUp) {
    FollowUpBean bean = new FollowUpBean();
    bean.meetingEnd = followUp.meetingEnd();
    bean.counterpart = followUp.counterpart().map(JsonBeans::of).orElse(null);
    bean.policy = of(followUp.policy());
    bean.commitments = new ArrayList<>();
    for (Commitment commitment : followUp.commitments()) {
      CommitmentBean c = new CommitmentBean();
      c.id = commitment.id();
      c.owedBy = lower(commitment.owedBy());
      c.kind = lower(commitment.kind());
      c.text = commitment.text();
      c.person = commitment.person().map(JsonBeans::of).orElse(null);
      c.dueBy = commitment.dueBy().orElse(null);
      c.capturedAt = commitment.capturedAt();
      c.tracked = commitment.tracked();
      bean.commitments.add(c);
    }
    bean.completions = new ArrayList<>();
    for (TaskCompletion completion : followUp.completions()) {
      CompletionBean c = new CompletionBean();
      c.task = completion.taskId();
      c.doneAt = completion.doneAt();
      bean.completions.add(c);
    }
    return bean;
  }
}
