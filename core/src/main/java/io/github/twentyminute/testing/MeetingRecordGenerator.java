package io.github.twentyminute.testing;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpTask;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generates meeting records for property tests and benchmarks: one at a time, or a whole
 * journal's worth with distinct ids.
 *
 * <p>A record is a meeting with one of {@link #people()} counterparts (the first eight have
 * realistic names, the rest are numbered), ending within a year of {@link #EPOCH}, on the sample
 * agenda or, a quarter of the time, a generated one. Most records carry an ended session whose
 * event log walks through the phases, covering or skipping each item, sometimes with a pause and
 * a clock correction; some carry a session still running, and some none (a meeting recorded after
 * the fact). The follow-up's meeting end is the session's end; it has up to
 * {@link #maxCommitments()} commitments of every kind and party, their referrals naming the same
 * people (often spelled differently: other case, extra spaces) or someone never met, and some of
 * its tasks done. Up to three insights carry tags from a small list, in varied spellings, and
 * half name the agenda item that drew them. The evangelist outcome is random.
 *
 * <p>Smaller random numbers give simpler records: the sample agenda, no session, no
 * commitments, no insights. Every random choice is drawn from the {@link Randomness} passed in,
 * so the same numbers always give an equal record. Instances are immutable and thread-safe.
 */
public final class MeetingRecordGenerator {
  /** The earliest meeting start generated. */
  public static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");
  private static final int DAY = 86_400;
  private static final List<String> NAMES = List.of("Dana Reyes", "Lee Park", "Ana Ruiz",
      "Kofi Mensah", "Mia Larsen", "Omar Haddad", "Priya Nair", "Tom Becker");
  private static final List<String> TAGS = List.of("sql", "skills", "hiring", "domain knowledge",
      "data-quality", "interviews", "storytelling", "cloud", "mentoring", "tools");
  private static final List<String> INSIGHTS = List.of(
      "SQL matters more than Python for analysts",
      "Hiring managers value people from operations",
      "Cleaning the data is half the job",
      "Dashboards are judged by the decisions they change",
      "The team is moving its reporting to the cloud",
      "Mentors matter most in the first year");
  private static final List<String> REFERRAL_TEXTS = List.of("how their team hires analysts",
      "runs the analytics guild", "made the same career move", "knows the hiring process");
  private static final MeetingRecordGenerator STANDARD = new MeetingRecordGenerator(8, 4);

  private final int people;
  private final int maxCommitments;

  private MeetingRecordGenerator(int people, int maxCommitments) {
    this.people = people;
    this.maxCommitments = maxCommitments;
  }

  /**
   * Returns the standard generator: eight people, up to four commitments per meeting, so a
   * journal of a few dozen records meets people again and turns names into meetings.
   *
   * @return the generator
   */
  public static MeetingRecordGenerator standard() {
    return STANDARD;
  }

  /**
   * Returns a copy of this generator drawing counterparts from another number of people.
   *
   * @param people the number of distinct counterparts, at least 1
   * @return the generator
   * @throws IllegalArgumentException if the number is below 1
   */
  public MeetingRecordGenerator withPeople(int people) {
    if (people < 1) {
      throw new IllegalArgumentException("people must be at least 1, but was " + people);
    }
    return new MeetingRecordGenerator(people, maxCommitments);
  }

  /**
   * Returns a copy of this generator with another most commitments per meeting.
   *
   * @param maxCommitments the most commitments, zero or positive
   * @return the generator
   * @throws IllegalArgumentException if the number is negative
   */
  public MeetingRecordGenerator withMaxCommitments(int maxCommitments) {
    if (maxCommitments < 0) {
      throw new IllegalArgumentException(
          "max commitments must be zero or positive, but was " + maxCommitments);
    }
    return new MeetingRecordGenerator(people, maxCommitments);
  }

  /**
   * Returns the number of distinct counterparts drawn from.
   *
   * @return the number, at least 1
   */
  public int people() {
    return people;
  }

  /**
   * Returns the most commitments a generated meeting has.
   *
   * @return the number
   */
  public int maxCommitments() {
    return maxCommitments;
  }

  /**
   * Returns the name of one of the people: the realistic names first, then {@code Contact 9},
   * {@code Contact 10} and so on.
   *
   * @param index the person's index, 0 to {@link #people()} - 1
   * @return the name
   * @throws IllegalArgumentException if the index is out of range
   */
  public String name(int index) {
    if (index < 0 || index >= people) {
      throw new IllegalArgumentException(
          "person index must be 0 to " + (people - 1) + ", but was " + index);
    }
    return index < NAMES.size() ? NAMES.get(index) : "Contact " + (index + 1);
  }

  /**
   * Generates a record with a random id.
   *
   * @param randomness the source of every choice, not null
   * @return the record
   */
  public MeetingRecord record(Randomness randomness) {
    Objects.requireNonNull(randomness, "randomness");
    return record(randomness, "m-" + randomness.between(0, 99_999));
  }

  /**
   * Generates a record with a given id.
   *
   * @param randomness the source of every choice, not null
   * @param id the record id, not null; a valid {@linkplain MeetingRecord#isValidId(String) id}
   * @return the record
   * @throws IllegalArgumentException if the id is not valid
   */
  public MeetingRecord record(Randomness randomness, String id) {
    Objects.requireNonNull(randomness, "randomness");
    Objects.requireNonNull(id, "id");
    Instant start = EPOCH.plusSeconds(randomness.between(0, 365 * DAY));
    Contact counterpart = counterpart(randomness.between(0, people - 1));
    Agenda agenda = randomness.chance(25)
        ? renamed(AgendaGenerator.standard().valid(randomness), counterpart, start)
        : Agenda.builder().from(SampleMeeting.agenda()).counterpart(counterpart)
            .scheduledStart(start).build();
    MeetingRecord.Builder record = MeetingRecord.builder().id(id).agenda(agenda);
    int mode = randomness.between(0, 9);
    Instant end;
    if (mode == 0) {
      end = start.plus(agenda.plan().budget());
    } else if (mode == 1) {
      MeetingSession running = MeetingSession.of(agenda).apply(SessionEvent.started(start));
      record.session(running);
      end = start.plus(agenda.plan().budget());
    } else {
      MeetingSession session = session(randomness, agenda, start);
      record.session(session);
      end = session.endedAt().orElseThrow();
    }
    record.followUp(followUp(randomness, agenda, end));
    int insights = randomness.between(0, 3);
    for (int i = 0; i < insights; i++) {
      record.addInsight(insight(randomness, agenda));
    }
    return record.evangelist(randomness.oneOf(List.of(Evangelist.values()))).build();
  }

  /**
   * Generates records with the distinct ids {@code m1} to {@code m<count>}.
   *
   * @param randomness the source of every choice, not null
   * @param count the number of records, zero or positive
   * @return the records
   * @throws IllegalArgumentException if the count is negative
   */
  public List<MeetingRecord> records(Randomness randomness, int count) {
    Objects.requireNonNull(randomness, "randomness");
    if (count < 0) {
      throw new IllegalArgumentException("count must be zero or positive, but was " + count);
    }
    List<MeetingRecord> records = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      records.add(record(randomness, "m" + i));
    }
    return records;
  }

  private Contact counterpart(int index) {
    String name = name(index);
    return Contact.builder().from(SampleMeeting.counterpart()).name(name).build();
  }

  private static Agenda renamed(Agenda agenda, Contact counterpart, Instant start) {
    Contact renamed = Contact.builder().from(agenda.counterpart()).name(counterpart.name())
        .build();
    return Agenda.builder().from(agenda).counterpart(renamed).scheduledStart(start).build();
  }

  private static MeetingSession session(Randomness randomness, Agenda agenda, Instant start) {
    List<SessionEvent> events = new ArrayList<>();
    Instant at = start.plusSeconds(randomness.between(0, 180));
    events.add(SessionEvent.started(at));
    boolean paused = false;
    List<PhasePlan> phases = agenda.plan().phases();
    for (int p = 0; p < phases.size(); p++) {
      if (p > 0) {
        at = at.plusSeconds(randomness.between(0, 20));
        events.add(SessionEvent.phaseEntered(at, phases.get(p).id()));
      }
      for (AgendaItem item : agenda.items(phases.get(p).id())) {
        long planned = item.planned().getSeconds();
        at = at.plusSeconds(planned * randomness.between(70, 150) / 100);
        events.add(randomness.chance(85) ? SessionEvent.itemCovered(at, item.id())
            : SessionEvent.itemSkipped(at, item.id()));
      }
      if (!paused && randomness.chance(5)) {
        paused = true;
        events.add(SessionEvent.paused(at));
        at = at.plusSeconds(randomness.between(30, 300));
        events.add(SessionEvent.resumed(at));
      }
    }
    at = at.plusSeconds(randomness.between(0, 60));
    events.add(SessionEvent.ended(at));
    if (randomness.chance(10)) {
      events.add(SessionEvent.clockCorrected(at.plusSeconds(1), 0,
          events.get(0).at().minusSeconds(randomness.between(1, 120))));
    }
    return MeetingSession.replay(agenda, events);
  }

  private FollowUp followUp(Randomness randomness, Agenda agenda, Instant end) {
    var followUp = FollowUp.builder().meetingEnd(end);
    if (randomness.nextBoolean()) {
      followUp.counterpart(agenda.counterpart());
    }
    int commitments = randomness.between(0, maxCommitments);
    for (int i = 0; i < commitments; i++) {
      Commitment commitment =
          FollowUpGenerator.standard().commitment(randomness, "c" + (i + 1), end);
      if (commitment.kind() == CommitmentKind.REFERRAL) {
        commitment = Commitment.builder().from(commitment)
            .person(Contact.named(referralName(randomness)))
            .text(randomness.oneOf(REFERRAL_TEXTS)).build();
      }
      followUp.addCommitment(commitment);
    }
    FollowUp built = followUp.build();
    for (FollowUpTask task : built.tasks()) {
      if (randomness.chance(50)) {
        built = built.markDone(task.id(), end.plusSeconds(randomness.between(-600, 120 * DAY)));
      }
    }
    return built;
  }

  private String referralName(Randomness randomness) {
    if (randomness.chance(15)) {
      return "Not Met " + randomness.between(1, 50);
    }
    String name = name(randomness.between(0, people - 1));
    switch (randomness.between(0, 3)) {
      case 1:
        return name.toLowerCase(java.util.Locale.ROOT);
      case 2:
        return " " + name.replace(" ", "  ") + " ";
      default:
        return name;
    }
  }

  private static Insight insight(Randomness randomness, Agenda agenda) {
    var insight = Insight.builder().text(randomness.oneOf(INSIGHTS));
    int tags = randomness.between(0, 3);
    for (int i = 0; i < tags; i++) {
      String tag = randomness.oneOf(TAGS);
      insight.addTag(randomness.chance(25) ? tag.toUpperCase(java.util.Locale.ROOT) : tag);
    }
    if (randomness.nextBoolean()) {
      insight.itemId(randomness.oneOf(agenda.items()).id());
    }
    return insight.build();
  }
}
