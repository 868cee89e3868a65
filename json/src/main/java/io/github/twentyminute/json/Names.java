package io.github.twentyminute.json;

import tools.jackson.core.io.SerializedString;

/**
 * The field names the codecs write, each quoted and encoded once: a generator copies them rather
 * than checking every character of every name it writes. Immutable and thread-safe.
 */
final class Names {
  static final SerializedString ABSORBS_OVERRUNS = new SerializedString("absorbsOverruns");
  static final SerializedString AGENDA = new SerializedString("agenda");
  static final SerializedString ARGUMENTS = new SerializedString("arguments");
  static final SerializedString AT = new SerializedString("at");
  static final SerializedString BUDGET = new SerializedString("budget");
  static final SerializedString CAPTURED_AT = new SerializedString("capturedAt");
  static final SerializedString COMMITMENTS = new SerializedString("commitments");
  static final SerializedString COMPLETIONS = new SerializedString("completions");
  static final SerializedString CORRECTED_TO = new SerializedString("correctedTo");
  static final SerializedString COUNTERPART = new SerializedString("counterpart");
  static final SerializedString CUE = new SerializedString("cue");
  static final SerializedString CUES = new SerializedString("cues");
  static final SerializedString DOCUMENT = new SerializedString("document");
  static final SerializedString DONE = new SerializedString("done");
  static final SerializedString DONE_AT = new SerializedString("doneAt");
  static final SerializedString DUE_BY = new SerializedString("dueBy");
  static final SerializedString EVANGELIST = new SerializedString("evangelist");
  static final SerializedString EVENT = new SerializedString("event");
  static final SerializedString EVENTS = new SerializedString("events");
  static final SerializedString FINDINGS = new SerializedString("findings");
  static final SerializedString FOLLOW_UP = new SerializedString("followUp");
  static final SerializedString FOLLOW_UP_POLICY = new SerializedString("followUpPolicy");
  static final SerializedString FORMAT = new SerializedString("format");
  static final SerializedString GROUP_LIMITS = new SerializedString("groupLimits");
  static final SerializedString HARD_CEILING = new SerializedString("hardCeiling");
  static final SerializedString HINT = new SerializedString("hint");
  static final SerializedString ID = new SerializedString("id");
  static final SerializedString IDEAL = new SerializedString("ideal");
  static final SerializedString INSIGHTS = new SerializedString("insights");
  static final SerializedString ITEM = new SerializedString("item");
  static final SerializedString ITEMS = new SerializedString("items");
  static final SerializedString KEEPS_ITS_TIME = new SerializedString("keepsItsTime");
  static final SerializedString KEY = new SerializedString("key");
  static final SerializedString KIND = new SerializedString("kind");
  static final SerializedString LINKED_NOTES = new SerializedString("linkedNotes");
  static final SerializedString LOCATION = new SerializedString("location");
  static final SerializedString MAX = new SerializedString("max");
  static final SerializedString MAXIMUM = new SerializedString("maximum");
  static final SerializedString MEETING_END = new SerializedString("meetingEnd");
  static final SerializedString MESSAGE = new SerializedString("message");
  static final SerializedString MIN = new SerializedString("min");
  static final SerializedString MUST_KEEP = new SerializedString("mustKeep");
  static final SerializedString NAME = new SerializedString("name");
  static final SerializedString NOTES = new SerializedString("notes");
  static final SerializedString ORGANISATION = new SerializedString("organisation");
  static final SerializedString OVERVIEW = new SerializedString("overview");
  static final SerializedString OWED_BY = new SerializedString("owedBy");
  static final SerializedString PATH = new SerializedString("path");
  static final SerializedString PERSON = new SerializedString("person");
  static final SerializedString PHASE = new SerializedString("phase");
  static final SerializedString PHASES = new SerializedString("phases");
  static final SerializedString PLAN = new SerializedString("plan");
  static final SerializedString PLANNED = new SerializedString("planned");
  static final SerializedString POLICY = new SerializedString("policy");
  static final SerializedString PREPARATION = new SerializedString("preparation");
  static final SerializedString PRIORITY = new SerializedString("priority");
  static final SerializedString PURPOSE = new SerializedString("purpose");
  static final SerializedString REQUIRED = new SerializedString("required");
  static final SerializedString REVISION = new SerializedString("revision");
  static final SerializedString ROLE = new SerializedString("role");
  static final SerializedString RULE = new SerializedString("rule");
  static final SerializedString RULES_RUN = new SerializedString("rulesRun");
  static final SerializedString SCHEDULED_START = new SerializedString("scheduledStart");
  static final SerializedString SESSION = new SerializedString("session");
  static final SerializedString SEVERITY = new SerializedString("severity");
  static final SerializedString SOURCE = new SerializedString("source");
  static final SerializedString STEPS = new SerializedString("steps");
  static final SerializedString TAGS = new SerializedString("tags");
  static final SerializedString TARGET = new SerializedString("target");
  static final SerializedString TASK = new SerializedString("task");
  static final SerializedString TEXT = new SerializedString("text");
  static final SerializedString TIME_BOX = new SerializedString("timeBox");
  static final SerializedString TITLE = new SerializedString("title");
  static final SerializedString TRACKED = new SerializedString("tracked");
  static final SerializedString TYPE = new SerializedString("type");
  static final SerializedString VALID = new SerializedString("valid");
  static final SerializedString VALUE = new SerializedString("value");
  static final SerializedString VIOLATIONS = new SerializedString("violations");
  static final SerializedString WEIGHT = new SerializedString("weight");

  private Names() {}
}
