package io.github.twentyminute.journal;

import io.github.twentyminute.followup.FollowUpScorer;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Many meetings, kept together so what they add up to can be seen: the journal of your
 * networking meetings, and its {@link JournalSummary} as of any instant.
 *
 * <h2>Records</h2>
 * A journal holds {@link MeetingRecord}s with distinct ids, kept in meeting order (by meeting
 * end, then by id) whatever the order they were given in.
 * {@link #add(MeetingRecord)} refuses an id the journal already has; {@link #put(MeetingRecord)}
 * adds or replaces by id. Journals are values: both return a new journal and leave this one as
 * it was.
 *
 * <h2>People</h2>
 * A person is identified across meetings and referrals by their {@linkplain #personKey(String)
 * person key}, the normalised name; so the name "lee  park" given as a referral matches the
 * counterpart "Lee Park" of a later meeting.
 *
 * <h2>Cost: a full computation, kept linear</h2>
 * The summary is computed in full each time {@link #summary(Instant)} is called; there is no
 * incremental update, so a summary never depends on how the journal was built. Because the
 * journal keeps its records in meeting order, the summary needs no sort of the records: it finds
 * the meetings ended by the instant with a binary search and makes one pass over them, with hash
 * maps keyed by person and tag. It costs O(n) in the number of records, commitments, tasks and
 * insights, plus sorting its per-person and per-tag lists, O(p log p) in the number of people p,
 * plus the size of the chains it lists. {@link #of(Collection)} sorts once, O(n log n);
 * {@link #add(MeetingRecord)} and {@link #put(MeetingRecord)} copy the journal, O(n), so build a
 * large journal at once with {@code of}. The benchmark {@code JournalBenchmark} measures the
 * summary of 10,000 and 100,000 records (see BENCHMARKS.md).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Journal {
  private static final Journal EMPTY = new Journal(List.of(), Map.of());

  /** The records in meeting order. */
  private final List<MeetingRecord> records;
  private final Map<String, MeetingRecord> byId;

  private Journal(List<MeetingRecord> records, Map<String, MeetingRecord> byId) {
    this.records = records;
    this.byId = byId;
  }

  /**
   * Returns the empty journal.
   *
   * @return the journal with no records
   */
  public static Journal empty() {
    return EMPTY;
  }

  /**
   * Obtains a journal of records.
   *
   * @param records the records in any order, not null, no null element; ids must be distinct
   * @return the journal
   * @throws IllegalArgumentException if two records have the same id
   */
  public static Journal of(Collection<MeetingRecord> records) {
    Objects.requireNonNull(records, "records");
    List<MeetingRecord> list = new ArrayList<>(records.size());
    Map<String, MeetingRecord> byId = new HashMap<>(records.size() * 2);
    for (MeetingRecord record : records) {
      Objects.requireNonNull(record, "records[" + list.size() + "]");
      if (byId.putIfAbsent(record.id(), record) != null) {
        throw new IllegalArgumentException(
            "journal has record id " + record.id() + " twice (records "
                + list.indexOf(byId.get(record.id())) + " and " + list.size()
                + "); record ids must be distinct");
      }
      list.add(record);
    }
    list.sort(JournalSummarizer.MEETING_ORDER);
    return new Journal(Collections.unmodifiableList(list), Collections.unmodifiableMap(byId));
  }

  /**
   * Obtains a journal of records.
   *
   * @param records the records in any order, not null; ids must be distinct
   * @return the journal
   * @throws IllegalArgumentException if two records have the same id
   */
  public static Journal of(MeetingRecord... records) {
    return of(List.of(records));
  }

  /**
   * Returns the person key of a name: how the journal tells people apart. The name is
   * decomposed (Unicode NFKD) and stripped of combining marks, lower-cased in the root locale,
   * trimmed, and every run of white space becomes one space; so {@code "  José  Núñez"} and
   * {@code "jose nunez"} are the same person.
   *
   * @param name the name, not null
   * @return the key
   */
  public static String personKey(String name) {
    Objects.requireNonNull(name, "name");
    boolean ascii = true;
    for (int i = 0; i < name.length() && ascii; i++) {
      ascii = name.charAt(i) < 128;
    }
    String text = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder key = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = key.length() > 0;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
    }
    return ascii ? key.toString() : key.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns a journal with one more record.
   *
   * @param record the record, not null; its id must be new to this journal
   * @return the new journal
   * @throws IllegalArgumentException if the journal already has a record with that id
   */
  public Journal add(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    if (byId.containsKey(record.id())) {
      throw new IllegalArgumentException(
          "journal already has record " + record.id() + "; maybe use put(..) to replace it");
    }
    return put(record);
  }

  /**
   * Returns a journal with a record added, or replacing the record with the same id.
   *
   * @param record the record, not null
   * @return the new journal
   */
  public Journal put(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    List<MeetingRecord> list = new ArrayList<>(records.size() + 1);
    list.addAll(records);
    MeetingRecord old = byId.get(record.id());
    if (old != null) {
      list.remove(Collections.binarySearch(list, old, JournalSummarizer.MEETING_ORDER));
    }
    int at = Collections.binarySearch(list, record, JournalSummarizer.MEETING_ORDER);
    list.add(-at - 1, record);
    Map<String, MeetingRecord> map = new HashMap<>(byId);
    map.put(record.id(), record);
    return new Journal(Collections.unmodifiableList(list), Collections.unmodifiableMap(map));
  }

  /**
   * Returns the records in meeting order: by meeting end, then by id.
   *
   * @return the records, may be empty
   */
  public List<MeetingRecord> records() {
    return records;
  }

  /**
   * Finds a record by id.
   *
   * @param id the record id, not null
   * @return the record, or empty if there is none with that id
   */
  public Optional<MeetingRecord> record(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the number of records.
   *
   * @return the size
   */
  public int size() {
    return records.size();
  }

  /**
   * Summarises the journal as of an instant, scoring follow-ups with the standard scoring
   * policy.
   *
   * @param asOf the instant, not null
   * @return the summary
   */
  public JournalSummary summary(Instant asOf) {
    return summary(asOf, FollowUpScorer.standard());
  }

  /**
   * Summarises the journal as of the clock's current instant, scoring follow-ups with the
   * standard scoring policy.
   *
   * @param clock the clock to read, not null
   * @return the summary
   */
  public JournalSummary summary(Clock clock) {
    return summary(Objects.requireNonNull(clock, "clock").instant());
  }

  /**
   * Summarises the journal as of an instant.
   *
   * @param asOf the instant, not null
   * @param scorer the scorer of each meeting's follow-up, not null
   * @return the summary
   */
  public JournalSummary summary(Instant asOf, FollowUpScorer scorer) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scorer, "scorer");
    return new JournalSummarizer(asOf, scorer).summarise(records);
  }

  /**
   * Checks if another object is a journal with equal records, whatever their order.
   *
   * @param other the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Journal)) {
      return false;
    }
    Journal that = (Journal) other;
    if (records.size() != that.records.size()) {
      return false;
    }
    for (MeetingRecord record : records) {
      if (!that.record(record.id()).map(record::equals).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (MeetingRecord record : records) {
      hash += record.hashCode();
    }
    return hash;
  }

  /** Returns a short form such as {@code Journal of 8 meetings}. */
  @Override
  public String toString() {
    return "Journal of " + records.size() + (records.size() == 1 ? " meeting" : " meetings");
  }
}
