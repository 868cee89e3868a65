package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.followup.FollowUpTask;
import io.github.twentyminute.followup.Party;
import io.github.twentyminute.followup.TaskCompletion;
import io.github.twentyminute.plan.FollowUpKind;
import io.github.twentyminute.plan.FollowUpWindow;
import io.github.twentyminute.session.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Computes a {@link JournalSummary} in one pass over the records sorted in meeting order. Not
 * thread-safe: one instance per summary.
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
    final TreeMap<String, Contact> people = new TreeMap<>();

    Tag(String tag) {
      this.tag = tag;
    }
  }

  JournalSummary summarise(List<MeetingRecord> records) {
    List<MeetingRecord> met = new ArrayList<>(records.size());
    for (MeetingRecord record : records) {
      if (!record.meetingEnd().isAfter(asOf)) {
        met.add(record);
      }
    }
    met.sort(MEETING_ORDER);

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
          .meetingEnd(record.meetingEnd()).score(scorer.score(followUp, asOf).total()).build());
      Optional<Timeline> timeline = record.timeline();
      if (timeline.isPresent() && timeline.get().overBudget().compareTo(Duration.ZERO) > 0) {
        Timeline t = timeline.get();
        overruns.add(Overrun.builder().recordId(record.id()).person(who)
            .meetingEnd(record.meetingEnd()).total(t.total()).budget(t.budget())
            .hardCeiling(t.hardCeiling()).build());
      }
    }
    overruns.sort(Comparator.comparing(Overrun::overBudget).reversed());

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
        .overBudget(overruns)
        .build();
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
      tallies.add(TagTally.builder().tag(tag.tag).people(tag.people.values())
          .mentions(tag.mentions).build());
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
    List<ReferralChain> chains = new ArrayList<>();
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
          chains.add(ReferralChain.of(chain));
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
    List<EvangelistEntry> entries = new ArrayList<>();
    for (Person person : byFirstMeeting) {
      MeetingRecord latest = person.latest();
      if (latest.evangelist() != Evangelist.NO) {
        entries.add(EvangelistEntry.builder().person(person.contact())
            .evangelist(latest.evangelist()).recordId(latest.id())
            .meetingEnd(latest.meetingEnd()).namesGiven(person.namesGiven).build());
      }
    }
    entries.sort(Comparator.comparing(EvangelistEntry::evangelist)
        .thenComparing(e -> Journal.personKey(e.person().name())));
    return entries;
  }

  private static List<Reciprocity> reciprocity(List<Person> byFirstMeeting) {
    List<Reciprocity> entries = new ArrayList<>(byFirstMeeting.size());
    List<String> keys = new ArrayList<>(byFirstMeeting.size());
    for (Person person : byFirstMeeting) {
      entries.add(Reciprocity.builder().person(person.contact())
          .theirsOffered(person.theirsOffered).theirsDelivered(person.theirsDelivered)
          .mineOffered(person.mineOffered).mineDelivered(person.mineDelivered).build());
      keys.add(person.key);
    }
    return sorted(entries, keys, Comparator.comparingInt(Reciprocity::owed).reversed()
        .thenComparing(Comparator.comparingInt(Reciprocity::balance).reversed()));
  }

  private List<Touchpoint> touchpoints(List<Person> byFirstMeeting) {
    List<Touchpoint> touchpoints = new ArrayList<>(byFirstMeeting.size());
    List<String> keys = new ArrayList<>(byFirstMeeting.size());
    for (Person person : byFirstMeeting) {
      FollowUpWindow window = person.latest().agenda().plan().followUpPolicy()
          .window(FollowUpKind.NEXT_TOUCHPOINT);
      ImmutableTouchpoint.Builder touchpoint = Touchpoint.builder().person(person.contact())
          .latestInteraction(person.interaction).recordId(person.interactionRecord.id())
          .window(window).status(Touchpoint.statusAt(person.interaction, window, asOf));
      if (person.interactionTask != null) {
        touchpoint.taskId(person.interactionTask);
      }
      touchpoints.add(touchpoint.build());
      keys.add(person.key);
    }
    return sorted(touchpoints, keys, Comparator.comparing(Touchpoint::status)
        .thenComparing(Touchpoint::deadline));
  }

  /** Sorts entries by an order, then by the person key given for each entry. */
  private static <T> List<T> sorted(List<T> entries, List<String> keys, Comparator<T> order) {
    List<Integer> positions = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      positions.add(i);
    }
    positions.sort(Comparator.<Integer, T>comparing(entries::get, order)
        .thenComparing(keys::get));
    List<T> result = new ArrayList<>(entries.size());
    for (int i : positions) {
      result.add(entries.get(i));
    }
    return result;
  }
}
