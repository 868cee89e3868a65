package io.github.twentyminute.json;

import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.FollowUpKind;
import io.github.twentyminute.plan.FollowUpPolicy;
import io.github.twentyminute.plan.FollowUpWindow;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.plan.TimeBox;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** The {@code twentyminute/plan@1} document, and the plan object other documents embed. */
final class PlanCodec extends DocumentCodec<MeetingPlan> {
  static final PlanCodec INSTANCE = new PlanCodec();

  private static final String[] PLAN =
      {"name", "budget", "hardCeiling", "phases", "groupLimits", "followUpPolicy"};
  private static final Fields PLAN_BODY = Fields.of(PLAN);
  private static final Fields PLAN_DOCUMENT = document(PLAN);
  private static final Fields PHASE = Fields.of("id", "title", "purpose", "timeBox", "required",
      "keepsItsTime", "absorbsOverruns", "cues");
  private static final Fields TIME_BOX = Fields.of("min", "target", "max");
  private static final Fields CUE = Fields.of("id", "text", "required");
  private static final Fields GROUP_LIMIT = Fields.of("phases", "max");
  private static final FollowUpKind[] KINDS = FollowUpKind.values();
  private static final Fields POLICY = Fields.of(
      Arrays.stream(KINDS).map(FollowUpKind::id).toArray(String[]::new));
  private static final tools.jackson.core.io.SerializedString[] KIND_NAMES =
      Arrays.stream(KINDS).map(k -> new tools.jackson.core.io.SerializedString(k.id()))
          .toArray(tools.jackson.core.io.SerializedString[]::new);
  private static final Fields WINDOW = Fields.of("ideal", "maximum", "weight");

  private PlanCodec() {}

  @Override
  void writeFields(JsonGenerator out, MeetingPlan plan) {
    string(out, Names.NAME, plan.name());
    writeDuration(out, Names.BUDGET, plan.budget());
    writeDuration(out, Names.HARD_CEILING, plan.hardCeiling());
    arrayStart(out, Names.PHASES);
    for (PhasePlan phase : plan.phases()) {
      writePhase(out, phase);
    }
    out.writeEndArray();
    arrayStart(out, Names.GROUP_LIMITS);
    for (GroupLimit limit : plan.groupLimits()) {
      out.writeStartObject();
      arrayStart(out, Names.PHASES);
      for (PhaseId id : limit.phases()) {
        out.writeString(id.value());
      }
      out.writeEndArray();
      writeDuration(out, Names.MAX, limit.max());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeName(Names.FOLLOW_UP_POLICY);
    writePolicy(out, plan.followUpPolicy());
  }

  /** Writes a follow-up policy object: one window per follow-up kind, in the kinds' order. */
  static void writePolicy(JsonGenerator out, FollowUpPolicy policy) {
    out.writeStartObject();
    for (FollowUpKind kind : KINDS) {
      FollowUpWindow window = policy.window(kind);
      objectStart(out, KIND_NAMES[kind.ordinal()]);
      writeDuration(out, Names.IDEAL, window.ideal());
      writeDuration(out, Names.MAXIMUM, window.maximum());
      number(out, Names.WEIGHT, window.weight());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  /** Writes a plan as an embedded object, without {@code format}. */
  static void writePlan(JsonGenerator out, MeetingPlan plan) {
    out.writeStartObject();
    INSTANCE.writeFields(out, plan);
    out.writeEndObject();
  }

  private static void writePhase(JsonGenerator out, PhasePlan phase) {
    out.writeStartObject();
    string(out, Names.ID, phase.id().value());
    string(out, Names.TITLE, phase.title());
    string(out, Names.PURPOSE, phase.purpose());
    objectStart(out, Names.TIME_BOX);
    TimeBox box = phase.timeBox();
    writeDuration(out, Names.MIN, box.min());
    writeDuration(out, Names.TARGET, box.target());
    writeDuration(out, Names.MAX, box.max());
    out.writeEndObject();
    bool(out, Names.REQUIRED, phase.required());
    bool(out, Names.KEEPS_ITS_TIME, phase.keepsItsTime());
    bool(out, Names.ABSORBS_OVERRUNS, phase.absorbsOverruns());
    arrayStart(out, Names.CUES);
    for (Cue cue : phase.cues()) {
      out.writeStartObject();
      string(out, Names.ID, cue.id());
      string(out, Names.TEXT, cue.text());
      bool(out, Names.REQUIRED, cue.required());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  @Override
  MeetingPlan readDocument(StrictReader in, DocumentType<MeetingPlan> type) {
    return readPlan(in, PLAN_DOCUMENT, type);
  }

  /** Reads an embedded plan object, without {@code format}. */
  static MeetingPlan readPlan(StrictReader in) {
    return readPlan(in, PLAN_BODY, null);
  }

  private static MeetingPlan readPlan(
      StrictReader in, Fields fields, @org.jspecify.annotations.Nullable DocumentType<?> type) {
    in.beginObject(fields);
    var plan = MeetingPlan.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          plan.name(in.readString());
          break;
        case 1:
          plan.budget(in.readDuration());
          break;
        case 2:
          plan.hardCeiling(in.readDuration());
          break;
        case 3:
          plan.phases(in.readList(() -> readPhase(in)));
          break;
        case 4:
          plan.groupLimits(in.readList(() -> readGroupLimit(in)));
          break;
        case 5:
          plan.followUpPolicy(readPolicy(in));
          break;
        default:
          readFormat(in, java.util.Objects.requireNonNull(type, "type"));
          break;
      }
    }
    return in.endObject(plan::build);
  }

  private static PhasePlan readPhase(StrictReader in) {
    in.beginObject(PHASE);
    var phase = PhasePlan.builder();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          phase.id(in.readConverted(PhaseId::of));
          break;
        case 1:
          phase.title(in.readString());
          break;
        case 2:
          phase.purpose(in.readString());
          break;
        case 3:
          phase.timeBox(readTimeBox(in));
          break;
        case 4:
          phase.required(in.readBoolean());
          break;
        case 5:
          phase.keepsItsTime(in.readBoolean());
          break;
        case 6:
          phase.absorbsOverruns(in.readBoolean());
          break;
        default:
          phase.cues(in.readList(() -> readCue(in)));
          break;
      }
    }
    return in.endObject(phase::build);
  }

  private static TimeBox readTimeBox(StrictReader in) {
    in.beginObject(TIME_BOX);
    Duration min = Duration.ZERO;
    Duration target = Duration.ZERO;
    Duration max = Duration.ZERO;
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          min = in.readDuration();
          break;
        case 1:
          target = in.readDuration();
          break;
        default:
          max = in.readDuration();
          break;
      }
    }
    Duration lo = min;
    Duration mid = target;
    Duration hi = max;
    return in.endObject(() -> TimeBox.of(lo, mid, hi));
  }

  private static Cue readCue(StrictReader in) {
    in.beginObject(CUE);
    String id = "";
    String text = "";
    boolean required = true;
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
          required = in.readBoolean();
          break;
      }
    }
    String cueId = id;
    String cueText = text;
    boolean cueRequired = required;
    return in.endObject(
        () -> cueRequired ? Cue.required(cueId, cueText) : Cue.optional(cueId, cueText));
  }

  /** Reads a follow-up policy object. */
  static FollowUpPolicy readPolicy(StrictReader in) {
    in.beginObject(POLICY);
    Map<FollowUpKind, FollowUpWindow> windows = new EnumMap<>(FollowUpKind.class);
    int field;
    while ((field = in.nextField()) >= 0) {
      windows.put(KINDS[field], readWindow(in));
    }
    return in.endObject(() -> FollowUpPolicy.builder().windows(windows).build());
  }

  private static FollowUpWindow readWindow(StrictReader in) {
    in.beginObject(WINDOW);
    Duration ideal = Duration.ZERO;
    Duration maximum = Duration.ZERO;
    int weight = 0;
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          ideal = in.readDuration();
          break;
        case 1:
          maximum = in.readDuration();
          break;
        default:
          weight = in.readInt();
          break;
      }
    }
    Duration i = ideal;
    Duration m = maximum;
    int w = weight;
    return in.endObject(() -> FollowUpWindow.of(i, m, w));
  }

  private static GroupLimit readGroupLimit(StrictReader in) {
    in.beginObject(GROUP_LIMIT);
    List<PhaseId> phases = List.of();
    Duration max = Duration.ZERO;
    int field;
    while ((field = in.nextField()) >= 0) {
      if (field == 0) {
        phases = in.readList(() -> in.readConverted(PhaseId::of));
      } else {
        max = in.readDuration();
      }
    }
    PhaseId[] ids = phases.toArray(new PhaseId[0]);
    Duration limit = max;
    return in.endObject(() -> GroupLimit.of(limit, ids));
  }
}
