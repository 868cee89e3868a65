package io.github.twentyminute.json;

import io.github.twentyminute.followup.FollowUpKind;
import io.github.twentyminute.followup.FollowUpPolicy;
import io.github.twentyminute.followup.FollowUpWindow;
import io.github.twentyminute.plan.Cue;
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

/**
 * The {@code twentyminute/plan@2} document, and the plan object other documents embed.
 *
 * <p>A plan has no follow-up policy since version 2: the policy lives in the follow-up. Version
 * 1 plans (and the plans embedded in version 1 agendas, sessions and meeting records) carried a
 * required {@code followUpPolicy}; reading one still checks it (a window for every kind, ideal
 * not past maximum, weight at least 1) and then drops it, since a plan cannot hold it. A
 * version 1 meeting record is still written with it, filled from the record's follow-up, whose
 * policy is the one the score uses. The reader accepts the field on every plan object and
 * {@link PolicyField#check(StrictReader, int)} settles, once the document's version is known,
 * whether it had to be there or must not be.
 */
final class PlanCodec extends DocumentCodec<MeetingPlan> {
  static final PlanCodec INSTANCE = new PlanCodec();

  /** The first plan version without a follow-up policy. */
  static final int WITHOUT_POLICY = 2;

  private static final String[] PLAN =
      {"name", "budget", "hardCeiling", "phases", "groupLimits", "followUpPolicy?"};
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

  /** Writes a plan as an embedded object, without {@code format}, in the current shape. */
  static void writePlan(JsonGenerator out, MeetingPlan plan) {
    out.writeStartObject();
    INSTANCE.writeFields(out, plan);
    out.writeEndObject();
  }

  /**
   * Writes a plan as an embedded object in the version 1 shape, with a follow-up policy: for the
   * documents still written in a version whose plans carried one.
   */
  static void writePlan(JsonGenerator out, MeetingPlan plan, FollowUpPolicy policy) {
    out.writeStartObject();
    INSTANCE.writeFields(out, plan);
    out.writeName(Names.FOLLOW_UP_POLICY);
    writePolicy(out, policy);
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
    PolicyField policy = new PolicyField();
    int[] version = {0};
    MeetingPlan plan = readPlan(in, PLAN_DOCUMENT, policy, version, type);
    policy.check(in, version[0]);
    return plan;
  }

  /**
   * Reads an embedded plan object, without {@code format}; the caller checks {@code policy}
   * once it knows its document's version.
   */
  static MeetingPlan readPlan(StrictReader in, PolicyField policy) {
    return readPlan(in, PLAN_BODY, policy, new int[1], null);
  }

  private static MeetingPlan readPlan(StrictReader in, Fields fields, PolicyField policy,
      int[] version, @org.jspecify.annotations.Nullable DocumentType<?> type) {
    in.beginObject(fields);
    policy.plan(in);
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
          policy.found(in);
          policy.value = readPolicy(in); // checked, then dropped: none in a plan since @2
          break;
        default:
          version[0] = readFormat(in, java.util.Objects.requireNonNull(type, "type"));
          break;
      }
    }
    return in.endObject(plan::build);
  }

  /**
   * Where a plan object read had its {@code followUpPolicy} field, if it had one: required in
   * version 1 documents, unknown from version 2. Not thread-safe; one per plan read.
   */
  static final class PolicyField {
    private String planPointer = "";
    private int[] planStart = {0, 0};
    private @org.jspecify.annotations.Nullable String pointer;
    private int[] start = {0, 0};
    private @org.jspecify.annotations.Nullable FollowUpPolicy value;

    /** Returns the policy the plan carried, if it had one. */
    java.util.Optional<FollowUpPolicy> value() {
      return java.util.Optional.ofNullable(value);
    }

    /** Returns where the field was, or where the plan is if it had none. */
    String pointer() {
      return pointer == null ? planPointer : pointer;
    }

    /** Returns where the field starts, or the plan does if it had none. */
    int[] start() {
      return pointer == null ? planStart : start;
    }

    void plan(StrictReader in) {
      planPointer = in.valuePointer();
      planStart = in.containerStart();
    }

    void found(StrictReader in) {
      pointer = in.valuePointer();
      var at = in.parser().currentTokenLocation();
      start = new int[] {at.getLineNr(), at.getColumnNr()};
    }

    /**
     * Checks the field against the version of plan the document holds.
     *
     * @param planVersion 1 for a plan that must carry a policy, 2 or more for one that must not
     * @throws JsonFormatException if the field is missing from a version 1 plan or present in a
     *     later one
     */
    void check(StrictReader in, int planVersion) {
      if (planVersion < WITHOUT_POLICY && pointer == null) {
        throw in.errorAt(planPointer, planStart, "missing required field \"followUpPolicy\";"
            + " a version 1 plan carries the follow-up policy", null);
      }
      if (planVersion >= WITHOUT_POLICY && pointer != null) {
        throw in.errorAt(pointer, start, "unknown field \"followUpPolicy\"; from version "
            + WITHOUT_POLICY + " a plan has no follow-up policy, the follow-up document has it",
            null);
      }
    }
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
