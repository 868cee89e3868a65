package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpKind;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.followup.FollowUpTask;
import io.github.twentyminute.followup.FollowUpWindow;
import io.github.twentyminute.followup.Party;
import io.github.twentyminute.followup.TaskCompletion;
import io.github.twentyminute.session.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes a {@link JournalSummary} in one pass over the records, which the journal keeps in
 * meeting order. Not thread-safe: one instance per summary.
 */
final class JournalSummarizer {
  /** Meeting order: by meeting end, then by record id. */
  static final Comparator<MeetingRecord> MEETING_ORDER =
      Comparator.comparing(MeetingRecord::meetingEnd).thenComparing(MeetingRecord::id);

  private final Instant asOf;
  private final FollowUpScorer scorer;

  JournalSummarizer(Instant asOf, FollowUpScorer scorer) {
    this.asOf = asOf;
    this.scorer = scorer;
  }

  /** Everything the summary gathers about one person. */
  private static final class Person {
    final String key;
    /** Position of the person's first meeting among people, in meeting order. */
    final int order;
    final List<MeetingRecord> meetings = new ArrayList<>(2);
    final List<Person> introduced = new ArrayList<>(0);
    @Nullable Referral introduction;
    @Nullable Person introducer;
    int theirsOffered;
    int theirsDelivered;
    int mineOffered;
    int mineDelivered;
    int namesGiven;
    @Nullable Instant interaction;
    @Nullable MeetingRecord interactionRecord;
    @Nullable String interactionTask;

    Person(String key, int order) {
      this.key = key;
      this.order = order;
    }

    MeetingRecord latest() {
      return meetings.get(meetings.size() - 1);
    }

    Contact contact() {
      return latest().counterpart();
    }

    void interact(Instant at, MeetingRecord record, @Nullable String taskId) {
      if (interaction == null || at.isAfter(interaction)) {
        interaction = at;
        interactionRecord = record;
        interactionTask = taskId;
      }
    }
  }

  /** The insights heard under one tag. */
  private static final class Tag {
    final String tag;
    final List<InsightMention> mentions = new ArrayList<>();
    final Map<String, Contact> people = new HashMap<>();

    Tag(String tag) {
      this.tag = tag;
    }
  }

  /**
   * Summarises records.
   *
   * @param records the records in meeting order
   * @return the summary
   */
  JournalSummary summarise(List<MeetingRecord> records) {
    int low = 0;
    int high = records.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (records.get(mid).meetingEnd().isAfter(asOf)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    List<MeetingRecord> met = records.subList(0, low);

    Map<String, Person> people = new HashMap<>();
    List<Person> byFirstMeeting = new ArrayList<>();
    Person[] personOf = new Person[met.size()];
    for (int i = 0; i < met.size(); i++) {
      MeetingRecord record = met.get(i);
      String key = Journal.personKey(record.counterpart().name());
      Person person = people.get(key);
      if (person == null) {
        person = new Person(key, byFirstMeeting.size());
        people.put(key, person);
        byFirstMeeting.add(person);
      }
      person.meetings.add(record);
      personOf[i] = person;
    }

    Map<String, Tag> tags = new HashMap<>();
    List<InsightMention> untagged = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    List<ScorePoint> trend = new ArrayList<>(met.size());
    List<Overrun> overruns = new ArrayList<>();
    List<Duration> overBy = new ArrayList<>();
    for (int i = 0; i < met.size(); i++) {
      MeetingRecord record = met.get(i);
      Person person = personOf[i];
      Contact who = person.contact();
      for (Insight insight : record.insights()) {
        InsightMention mention = InsightMention.builder().recordId(record.id())
            .meetingEnd(record.meetingEnd()).person(who).insight(insight).build();
        if (insight.tags().isEmpty()) {
          untagged.add(mention);
        }
        for (String name : insight.tags()) {
          Tag tag = tags.computeIfAbsent(name, Tag::new);
          tag.mentions.add(mention);
          tag.people.putIfAbsent(person.key, who);
        }
      }
      FollowUp followUp = record.followUp();
      for (Commitment commitment : followUp.commitments()) {
        if (!commitment.capturedAt().isAfter(asOf)) {
          ledger(followUp, commitment, person);
          if (commitment.kind() == CommitmentKind.REFERRAL
              && commitment.owedBy() == Party.THEIRS) {
            referrals.add(referral(record, person, commitment, people));
          }
        }
      }
      person.interact(record.meetingEnd(), record, null);
      for (TaskCompletion completion : followUp.completions()) {
        if (!completion.doneAt().isAfter(asOf)) {
          FollowUpTask task = followUp.task(completion.taskId()).orElseThrow();
          if (task.kind() != FollowUpKind.CONTACT_REFERRAL) {
            person.interact(completion.doneAt(), record, task.id());
          }
        }
      }
      trend.add(ScorePoint.builder().recordId(record.id()).person(who)
          .meetingEnd(record.meetingEnd()).score(total(followUp)).build());
      Optional<Timeline> timeline = record.timeline();
      if (timeline.isPresent() && timeline.get().overBudget().compareTo(Duration.ZERO) > 0) {
        Timeline t = timeline.get();
        overruns.add(Overrun.builder().recordId(record.id()).person(who)
            .meetingEnd(record.meetingEnd()).total(t.total()).budget(t.budget())
            .hardCeiling(t.hardCeiling()).build());
        overBy.add(t.overBudget());
      }
    }

    return JournalSummary.builder()
        .asOf(asOf)
        .meetings(met.size())
        .people(byFirstMeeting.size())
        .tags(tallies(tags))
        .untagged(untagged)
        .referrals(graph(referrals, byFirstMeeting))
        .evangelists(evangelists(byFirstMeeting))
        .reciprocity(reciprocity(byFirstMeeting))
        .touchpoints(touchpoints(byFirstMeeting))
        .scoreTrend(trend)
        .overBudget(largestFirst(overruns, overBy))
        .build();
  }

  /** Returns the total of {@code scorer.score(followUp, asOf)}, from the scorer's own code. */
  private int total(FollowUp followUp) {
    return scorer.total(followUp, asOf);
  }

  private void ledger(FollowUp followUp, Commitment commitment, Person person) {
    Optional<FollowUpKind> kind = FollowUp.taskKind(commitment);
    boolean done = kind.isPresent()
        && followUp.completion(kind.get().id() + ":" + commitment.id())
            .filter(c -> !c.doneAt().isAfter(asOf)).isPresent();
    if (commitment.owedBy() == Party.MINE) {
      person.mineOffered++;
      if (done || commitment.kind() == CommitmentKind.ADVICE) {
        person.mineDelivered++;
      }
    } else {
      person.theirsOffered++;
      if (commitment.kind() == CommitmentKind.REFERRAL
          || commitment.kind() == CommitmentKind.ADVICE
          || (commitment.kind() == CommitmentKind.OFFER && done)) {
        person.theirsDelivered++;
      }
    }
  }

  private Referral referral(MeetingRecord record, Person giver, Commitment commitment,
      Map<String, Person> people) {
    giver.namesGiven++;
    Contact to = commitment.person().orElseThrow();
    Person named = people.get(Journal.personKey(to.name()));
    MeetingRecord became = named == null ? null
        : firstMeetingAfter(named.meetings, commitment.capturedAt(), record);
    ImmutableReferral.Builder edge = Referral.builder().from(giver.contact()).to(to)
        .recordId(record.id()).commitmentId(commitment.id()).givenAt(commitment.capturedAt());
    if (became != null) {
      edge.becameRecordId(became.id());
    }
    Referral referral = edge.build();
    if (became != null && became == named.meetings.get(0) && giver.order < named.order
        && (named.introduction == null
            || referral.givenAt().isBefore(named.introduction.givenAt()))) {
      named.introduction = referral;
      named.introducer = giver;
    }
    return referral;
  }

  /** Returns the first meeting in meeting order that ended after an instant, skipping one. */
  private static @Nullable MeetingRecord firstMeetingAfter(List<MeetingRecord> meetings,
      Instant instant, MeetingRecord skip) {
    int low = 0;
    int high = meetings.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (meetings.get(mid).meetingEnd().isAfter(instant)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    for (int i = low; i < meetings.size(); i++) {
      if (meetings.get(i) != skip) {
        return meetings.get(i);
      }
    }
    return null;
  }

  private static List<TagTally> tallies(Map<String, Tag> tags) {
    List<TagTally> tallies = new ArrayList<>(tags.size());
    for (Tag tag : tags.values()) {
      List<String> keys = new ArrayList<>(tag.people.keySet());
      keys.sort(null);
      List<Contact> people = new ArrayList<>(keys.size());
      for (String key : keys) {
        people.add(tag.people.get(key));
      }
      tallies.add(TagTally.builder().tag(tag.tag).people(people).mentions(tag.mentions)
          .build());
    }
    tallies.sort(Comparator.comparingInt(TagTally::distinctPeople).reversed()
        .thenComparing(Comparator.<TagTally>comparingInt(t -> t.mentions().size()).reversed())
        .thenComparing(TagTally::tag));
    return tallies;
  }

  private static ReferralGraph graph(List<Referral> referrals, List<Person> byFirstMeeting) {
    List<Referral> introductions = new ArrayList<>();
    for (Person person : byFirstMeeting) {
      if (person.introduction != null) {
        introductions.add(person.introduction);
        person.introducer.introduced.add(person);
      }
    }
    List<ReferralGraph.Chain> chains = new ArrayList<>();
    for (Person root : byFirstMeeting) {
      if (root.introducer != null || root.introduced.isEmpty()) {
        continue;
      }
      Deque<List<Person>> paths = new ArrayDeque<>();
      paths.push(List.of(root));
      while (!paths.isEmpty()) {
        List<Person> path = paths.pop();
        Person last = path.get(path.size() - 1);
        if (last.introduced.isEmpty()) {
          List<Contact> chain = new ArrayList<>(path.size());
          for (Person person : path) {
            chain.add(person.contact());
          }
          chains.add(ReferralGraph.Chain.of(chain));
          continue;
        }
        for (int i = last.introduced.size() - 1; i >= 0; i--) {
          List<Person> longer = new ArrayList<>(path.size() + 1);
          longer.addAll(path);
          longer.add(last.introduced.get(i));
          paths.push(longer);
        }
      }
    }
    return ReferralGraph.builder().referrals(referrals).introductions(introductions)
        .chains(chains).build();
  }

  private static List<EvangelistEntry> evangelists(List<Person> byFirstMeeting) {
    List<Ranked<EvangelistEntry>> entries = new ArrayList<>();
    for (Person person : byFirstMeeting) {
      MeetingRecord latest = person.latest();
      if (latest.evangelist() != Evangelist.NO) {
        entries.add(new Ranked<>(EvangelistEntry.builder().person(person.contact())
            .evangelist(latest.evangelist()).recordId(latest.id())
            .meetingEnd(latest.meetingEnd()).namesGiven(person.namesGiven).build(),
            latest.evangelist().ordinal(), 0, 0, person.key));
      }
    }
    return Ranked.sort(entries);
  }

  private static List<Reciprocity> reciprocity(List<Person> byFirstMeeting) {
    List<Ranked<Reciprocity>> entries = new ArrayList<>(byFirstMeeting.size());
    for (Person person : byFirstMeeting) {
      Reciprocity entry = Reciprocity.builder().person(person.contact())
          .theirsOffered(person.theirsOffered).theirsDelivered(person.theirsDelivered)
          .mineOffered(person.mineOffered).mineDelivered(person.mineDelivered).build();
      entries.add(new Ranked<>(entry, -entry.owed(), -entry.balance(), 0, person.key));
    }
    return Ranked.sort(entries);
  }

  private List<Touchpoint> touchpoints(List<Person> byFirstMeeting) {
    List<Ranked<Touchpoint>> touchpoints = new ArrayList<>(byFirstMeeting.size());
    for (Person person : byFirstMeeting) {
      FollowUpWindow window = person.latest().followUp().policy()
          .window(FollowUpKind.NEXT_TOUCHPOINT);
      TouchpointStatus status = Touchpoint.statusAt(person.interaction, window, asOf);
      ImmutableTouchpoint.Builder touchpoint = Touchpoint.builder().person(person.contact())
          .latestInteraction(person.interaction).recordId(person.interactionRecord.id())
          .window(window).status(status);
      if (person.interactionTask != null) {
        touchpoint.taskId(person.interactionTask);
      }
      Instant deadline = person.interaction.plus(
          status == TouchpointStatus.UPCOMING ? window.ideal() : window.maximum());
      touchpoints.add(new Ranked<>(touchpoint.build(), status.ordinal(),
          deadline.getEpochSecond(), deadline.getNano(), person.key));
    }
    return Ranked.sort(touchpoints);
  }

  /** Sorts overruns by their overrun, largest first, keeping meeting order among equals. */
  private static List<Overrun> largestFirst(List<Overrun> overruns, List<Duration> overBy) {
    Integer[] positions = new Integer[overruns.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
    }
    Arrays.sort(positions, (a, b) -> {
      int c = overBy.get(b).compareTo(overBy.get(a));
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<Overrun> result = new ArrayList<>(positions.length);
    for (int i : positions) {
      result.add(overruns.get(i));
    }
    return result;
  }

  /** An entry with its sort key: three numbers, smallest first, then a person key. */
  private static final class Ranked<T> {
    final T entry;
    final long first;
    final long second;
    final long third;
    final String key;

    Ranked(T entry, long first, long second, long third, String key) {
      this.entry = entry;
      this.first = first;
      this.second = second;
      this.third = third;
      this.key = key;
    }

    static <T> List<T> sort(List<Ranked<T>> ranked) {
      ranked.sort((a, b) -> {
        int c = Long.compare(a.first, b.first);
        if (c == 0) {
          c = Long.compare(a.second, b.second);
        }
        if (c == 0) {
          c = Long.compare(a.third, b.third);
        }
        return c != 0 ? c : a.key.compareTo(b.key);
      });
      List<T> entries = new ArrayList<>(ranked.size());
      for (Ranked<T> r : ranked) {
        entries.add(r.entry);
      }
      return entries;
    }
  }

}
