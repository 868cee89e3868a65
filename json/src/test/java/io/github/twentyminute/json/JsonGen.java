package io.github.twentyminute.json;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpKind;
import io.github.twentyminute.followup.FollowUpPolicy;
import io.github.twentyminute.followup.FollowUpWindow;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.AgendaGenerator;
import io.github.twentyminute.testing.FollowUpGenerator;
import io.github.twentyminute.testing.MeetingRecordGenerator;
import io.github.twentyminute.testing.PlanGenerator;
import io.github.twentyminute.testing.Randomness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Generators of documents for the json module's properties: the library's own plan and agenda
 * generators, driven by QuickTheories, with the texts, durations and instants varied further so
 * that escaping, Unicode and fractions of a second are exercised.
 */
final class JsonGen {
  private static final List<String> PIECES = List.of("a", "Z", "é", "ß", "日本", "\uD83D\uDE00",
      "\"", "\\", "/", "\n", "\t", "\u0001", "\u2028", " ", "{", "}", "[", "]", ",", ":", "0");

  private JsonGen() {}

  /** Adapts a library generator to QuickTheories, shrinking towards each range's low end. */
  static <T> Gen<T> of(Function<Randomness, T> generator) {
    return source -> generator.apply(
        (min, max) -> (int) source.next(Constraint.between(min, max).withShrinkPoint(min)));
  }

  static String text(Randomness r, boolean mayBeBlank) {
    StringBuilder text = new StringBuilder();
    int length = r.between(mayBeBlank ? 0 : 1, 12);
    for (int i = 0; i < length; i++) {
      text.append(r.oneOf(PIECES));
    }
    if (!mayBeBlank && text.toString().isBlank()) {
      text.append('x');
    }
    return text.toString();
  }

  static Duration duration(Randomness r) {
    return Duration.ofSeconds(r.between(0, 100_000), r.chance(30) ? r.between(0, 999_999_999) : 0);
  }

  static Instant instant(Randomness r) {
    return Instant.ofEpochSecond(r.between(0, Integer.MAX_VALUE),
        r.chance(30) ? r.between(0, 999_999_999) : 0);
  }

  static FollowUpPolicy policy(Randomness r) {
    FollowUpPolicy policy = FollowUpPolicy.standard();
    for (FollowUpKind kind : FollowUpKind.values()) {
      if (r.chance(30)) {
        Duration ideal = duration(r);
        policy = policy.withWindow(kind,
            FollowUpWindow.of(ideal, ideal.plus(duration(r)), r.between(1, 10)));
      }
    }
    return policy;
  }

  static MeetingPlan plan(Randomness r) {
    MeetingPlan plan = PlanGenerator.standard().feasible(r);
    return MeetingPlan.builder().from(plan).name(text(r, false)).build();
  }

  static Agenda agenda(Randomness r) {
    Agenda agenda = AgendaGenerator.standard().valid(r);
    Agenda.Builder copy = Agenda.builder().from(agenda)
        .purpose(text(r, true))
        .overview(text(r, true));
    if (r.nextBoolean()) {
      copy.scheduledStart(instant(r));
    }
    return copy.build();
  }

  /**
   * Returns a session of a generated agenda with a random event log: events are drawn at random
   * and those the session refuses are dropped, so every log is one a live meeting could record.
   */
  static MeetingSession session(Randomness r) {
    return session(r, agenda(r));
  }

  /** Returns a session of the given agenda with a random event log. */
  static MeetingSession session(Randomness r, Agenda agenda) {
    MeetingSession session = MeetingSession.of(agenda);
    Instant now = instant(r);
    int events = r.between(0, 40);
    for (int i = 0; i < events; i++) {
      now = now.plusSeconds(r.between(0, 200));
      SessionEvent event;
      switch (r.between(0, 8)) {
        case 0:
          event = SessionEvent.started(now);
          break;
        case 1:
          event = SessionEvent.phaseEntered(now, r.oneOf(agenda.plan().phaseIds()));
          break;
        case 2:
        case 3:
          if (agenda.items().isEmpty()) {
            continue;
          }
          event = SessionEvent.itemCovered(now, r.oneOf(agenda.items()).id());
          break;
        case 4:
          if (agenda.items().isEmpty()) {
            continue;
          }
          event = SessionEvent.itemSkipped(now, r.oneOf(agenda.items()).id());
          break;
        case 5:
          List<String> cues = agenda.plan().phases().stream()
              .flatMap(p -> p.cues().stream()).map(c -> c.id()).collect(Collectors.toList());
          if (cues.isEmpty()) {
            continue;
          }
          event = SessionEvent.cueDone(now, r.oneOf(cues));
          break;
        case 6:
          event = r.nextBoolean() ? SessionEvent.paused(now) : SessionEvent.resumed(now);
          break;
        case 7:
          event = SessionEvent.ended(now);
          break;
        default:
          if (session.events().isEmpty()) {
            continue;
          }
          int index = r.between(0, session.events().size() - 1);
          Instant moved = session.events().get(index).at().plusSeconds(r.between(0, 5));
          event = SessionEvent.clockCorrected(now, index, moved.isAfter(now) ? now : moved);
          break;
      }
      try {
        session = session.apply(event);
      } catch (IllegalArgumentException | IllegalStateException refused) {
        // a live meeting would not record it either
      }
    }
    return session;
  }

  static FollowUp followUp(Randomness r) {
    FollowUp followUp = FollowUpGenerator.standard().followUp(r);
    if (r.chance(30)) {
      followUp = FollowUp.builder().from(followUp).policy(policy(r)).build();
    }
    return r.nextBoolean() ? followUp
        : FollowUp.builder().from(followUp).counterpart(Contact.named(text(r, false))).build();
  }

  /**
   * Returns a meeting record: half the time from the library's {@code MeetingRecordGenerator},
   * otherwise a generated agenda with odd texts, maybe a session of it, a follow-up that ends
   * when the session ended, insights drawn by its items, and an outcome.
   */
  static MeetingRecord record(Randomness r) {
    if (r.nextBoolean()) {
      return MeetingRecordGenerator.standard().record(r);
    }
    Agenda agenda = agenda(r);
    FollowUp drawn = followUp(r);
    // the record's counterpart is the agenda's: its follow-up names them or no one
    FollowUp followUp = FollowUp.builder().from(drawn).counterpart(
        drawn.counterpart().isPresent() ? java.util.Optional.of(agenda.counterpart())
            : java.util.Optional.empty()).build();
    var record = MeetingRecord.builder()
        .id("m-" + r.between(0, 1_000_000))
        .agenda(agenda)
        .evangelist(r.oneOf(List.of(Evangelist.values())));
    if (r.nextBoolean()) {
      MeetingSession session = session(r, agenda);
      record.session(session);
      if (session.endedAt().isPresent()) {
        followUp = FollowUp.builder().from(followUp).meetingEnd(session.endedAt().get())
            .completions(List.of()).build();
      }
    }
    record.followUp(followUp);
    int insights = r.between(0, 4);
    for (int i = 0; i < insights; i++) {
      var insight = Insight.builder().text(text(r, false))
          .addTags(r.oneOf(List.of("skills", "hiring", "Data Work", "tools")));
      if (!agenda.items().isEmpty() && r.nextBoolean()) {
        insight.itemId(r.oneOf(agenda.items()).id());
      }
      record.addInsight(insight.build());
    }
    return record.build();
  }

  static ValidationReport report(Randomness r) {
    List<String> rules = new ArrayList<>();
    int ruleCount = r.between(0, 6);
    for (int i = 0; i < ruleCount; i++) {
      rules.add("rule-" + i + "." + r.oneOf(List.of("total", "timebox", "order")));
    }
    List<Finding> findings = new ArrayList<>();
    int count = rules.isEmpty() ? 0 : r.between(0, 6);
    for (int i = 0; i < count; i++) {
      Location location = r.nextBoolean() ? Location.root()
          : Location.of(r.oneOf(List.of("items", "phases", "purpose"))).index(r.between(0, 20));
      String id = r.oneOf(rules);
      Severity severity = r.oneOf(List.of(Severity.values()));
      findings.add(r.chance(30)
          ? Finding.ofText(id, location, text(r, false), text(r, false)).withSeverity(severity)
          : Finding.of(id, location, r.nextBoolean() ? id : id + ".variant", arguments(r))
              .withSeverity(severity));
    }
    return ValidationReport.of(rules, findings);
  }

  /** Arguments of every type, at their edges too: negative durations, the largest counts. */
  static Arguments arguments(Randomness r) {
    Arguments.Builder arguments = Arguments.builder();
    int count = r.between(0, 5);
    for (int i = 0; i < count; i++) {
      String name = "arg" + i;
      switch (r.between(0, 3)) {
        case 0:
          arguments.duration(name, Duration.ofSeconds(r.between(-100_000, 100_000),
              r.chance(20) ? r.between(0, 999_999_999) : 0));
          break;
        case 1:
          arguments.count(name, r.chance(10) ? Long.MIN_VALUE + r.between(0, 1)
              : r.chance(10) ? Long.MAX_VALUE : r.between(-1000, 1000));
          break;
        case 2:
          arguments.instant(name, Instant.ofEpochSecond(r.between(0, 2_000_000_000),
              r.chance(20) ? r.between(0, 999_999_999) : 0));
          break;
        default:
          arguments.text(name, r.chance(10) ? "" : text(r, false));
          break;
      }
    }
    return arguments.build();
  }
}
