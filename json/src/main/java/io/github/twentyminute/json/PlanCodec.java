package io.github.twentyminute.json;

import static io.github.twentyminute.json.Shape.optional;
import static io.github.twentyminute.json.Shape.required;

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

  private static final FollowUpKind[] KINDS = FollowUpKind.values();
  private static final tools.jackson.core.io.SerializedString[] KIND_NAMES =
      Arrays.stream(KINDS).map(k -> new tools.jackson.core.io.SerializedString(k.id()))
          .toArray(tools.jackson.core.io.SerializedString[]::new);

  /** A plan being read, and where its follow-up policy field was. */
  private static final class PlanRead {
    final MeetingPlan.Builder plan = MeetingPlan.builder();
    final PolicyField policy;

    PlanRead(PolicyField policy) {
      this.policy = policy;
    }
  }

  private static final Shape<PlanRead> PLAN_BODY = Shape.of(
      required(Names.NAME, (in, s) -> s.plan.name(in.readString())),
      required(Names.BUDGET, (in, s) -> s.plan.budget(in.readDuration())),
      required(Names.HARD_CEILING, (in, s) -> s.plan.hardCeiling(in.readDuration())),
      required(Names.PHASES, (in, s) -> s.plan.phases(in.readList(() -> readPhase(in)))),
      required(Names.GROUP_LIMITS,
          (in, s) -> s.plan.groupLimits(in.readList(() -> readGroupLimit(in)))),
      optional(Names.FOLLOW_UP_POLICY, (in, s) -> {
        s.policy.found(in);
        // Kept for the version 1 documents that compare it with their follow-up's policy;
        // a plan itself has no policy since version 2.
        s.policy.value = readPolicy(in);
      }));
  private static final Shape<PlanRead> PLAN_DOCUMENT = PLAN_BODY.document();

  private static final Shape<PhasePlan.Builder> PHASE = Shape.of(
      required(Names.ID, (in, p) -> p.id(in.readConverted(PhaseId::of))),
      required(Names.TITLE, (in, p) -> p.title(in.readString())),
      required(Names.PURPOSE, (in, p) -> p.purpose(in.readString())),
      required(Names.TIME_BOX, (in, p) -> p.timeBox(readTimeBox(in))),
      required(Names.REQUIRED, (in, p) -> p.required(in.readBoolean())),
      required(Names.KEEPS_ITS_TIME, (in, p) -> p.keepsItsTime(in.readBoolean())),
      required(Names.ABSORBS_OVERRUNS, (in, p) -> p.absorbsOverruns(in.readBoolean())),
      required(Names.CUES, (in, p) -> p.cues(in.readList(() -> readCue(in)))));

  /** A time box being read. */
  private static final class TimeBoxRead {
    Duration min = Duration.ZERO;
    Duration target = Duration.ZERO;
    Duration max = Duration.ZERO;
  }

  private static final Shape<TimeBoxRead> TIME_BOX = Shape.of(
      required(Names.MIN, (in, t) -> t.min = in.readDuration()),
      required(Names.TARGET, (in, t) -> t.target = in.readDuration()),
      required(Names.MAX, (in, t) -> t.max = in.readDuration()));

  /** A cue being read. */
  private static final class CueRead {
    String id = "";
    String text = "";
    boolean required = true;
  }

  private static final Shape<CueRead> CUE = Shape.of(
      required(Names.ID, (in, c) -> c.id = in.readString()),
      required(Names.TEXT, (in, c) -> c.text = in.readString()),
      required(Names.REQUIRED, (in, c) -> c.required = in.readBoolean()));

  /** A group limit being read. */
  private static final class GroupRead {
    List<PhaseId> phases = List.of();
    Duration max = Duration.ZERO;
  }

  private static final Shape<GroupRead> GROUP_LIMIT = Shape.of(
      required(Names.PHASES,
          (in, g) -> g.phases = in.readList(() -> in.readConverted(PhaseId::of))),
      required(Names.MAX, (in, g) -> g.max = in.readDuration()));

  private static final Shape<Map<FollowUpKind, FollowUpWindow>> POLICY = policyShape();

  private static Shape<Map<FollowUpKind, FollowUpWindow>> policyShape() {
    List<Shape.Field<Map<FollowUpKind, FollowUpWindow>>> fields = new java.util.ArrayList<>();
    for (int i = 0; i < KINDS.length; i++) {
      FollowUpKind kind = KINDS[i];
      fields.add(required(KIND_NAMES[i], (in, windows) -> windows.put(kind, readWindow(in))));
    }
    return Shape.of(fields);
  }

  /** A follow-up window being read. */
  private static final class WindowRead {
    Duration ideal = Duration.ZERO;
    Duration maximum = Duration.ZERO;
    int weight;
  }

  private static final Shape<WindowRead> WINDOW = Shape.of(
      required(Names.IDEAL, (in, w) -> w.ideal = in.readDuration()),
      required(Names.MAXIMUM, (in, w) -> w.maximum = in.readDuration()),
      required(Names.WEIGHT, (in, w) -> w.weight = in.readInt()));

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
    PlanRead read = new PlanRead(policy);
    int version = in.readFields(PLAN_DOCUMENT, read, type, policy::plan);
    MeetingPlan plan = in.endObject(read.plan::build);
    policy.check(in, version);
    return plan;
  }

  /**
   * Reads an embedded plan object, without {@code format}; the caller checks {@code policy}
   * once it knows its document's version.
   */
  static MeetingPlan readPlan(StrictReader in, PolicyField policy) {
    PlanRead read = new PlanRead(policy);
    in.readFields(PLAN_BODY, read, null, policy::plan);
    return in.endObject(read.plan::build);
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
    return in.readObject(PHASE, PhasePlan.builder(), PhasePlan.Builder::build);
  }

  private static TimeBox readTimeBox(StrictReader in) {
    return in.readObject(TIME_BOX, new TimeBoxRead(), t -> TimeBox.of(t.min, t.target, t.max));
  }

  private static Cue readCue(StrictReader in) {
    return in.readObject(CUE, new CueRead(),
        c -> c.required ? Cue.required(c.id, c.text) : Cue.optional(c.id, c.text));
  }

  /** Reads a follow-up policy object. */
  static FollowUpPolicy readPolicy(StrictReader in) {
    return in.readObject(POLICY, new EnumMap<>(FollowUpKind.class),
        windows -> FollowUpPolicy.builder().windows(windows).build());
  }

  private static FollowUpWindow readWindow(StrictReader in) {
    return in.readObject(WINDOW, new WindowRead(),
        w -> FollowUpWindow.of(w.ideal, w.maximum, w.weight));
  }

  private static GroupLimit readGroupLimit(StrictReader in) {
    return in.readObject(GROUP_LIMIT, new GroupRead(),
        g -> GroupLimit.of(g.max, g.phases.toArray(new PhaseId[0])));
  }
}
