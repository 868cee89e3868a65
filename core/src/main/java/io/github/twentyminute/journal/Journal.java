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
 * A journal holds {@link MeetingRecord}s with distinct ids, in the order they were added.
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
 * incremental update. It makes one pass over the records sorted by meeting end, with hash maps
 * keyed by person and tag, so it costs O(n log n) for the sort and O(n) for everything else in
 * the number of records, commitments and insights, plus the size of its output (the chains).
 * Adding a record copies the journal's index, O(n); build a large journal at once with
 * {@link #of(Collection)}. The benchmark {@code JournalBenchmark} measures the summary of 10,000
 * and 100,000 records (see BENCHMARKS.md).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Journal {
  private static final Journal EMPTY = new Journal(List.of(), Map.of());

  private final List<MeetingRecord> records;
  private final Map<String, Integer> index;

  private Journal(List<MeetingRecord> records, Map<String, Integer> index) {
    this.records = records;
    this.index = index;
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
   * @param records the records, not null, no null element; ids must be distinct
   * @return the journal, its records in the order given
   * @throws IllegalArgumentException if two records have the same id
   */
  public static Journal of(Collection<MeetingRecord> records) {
    Objects.requireNonNull(records, "records");
    List<MeetingRecord> list = new ArrayList<>(records.size());
    Map<String, Integer> index = new HashMap<>(records.size() * 2);
    for (MeetingRecord record : records) {
      Objects.requireNonNull(record, "records[" + list.size() + "]");
      Integer earlier = index.putIfAbsent(record.id(), list.size());
      if (earlier != null) {
        throw new IllegalArgumentException(
            "journal has record id " + record.id() + " twice (records " + earlier + " and "
                + list.size() + "); record ids must be distinct");
      }
      list.add(record);
    }
    return new Journal(Collections.unmodifiableList(list), Collections.unmodifiableMap(index));
  }

  /**
   * Obtains a journal of records.
   *
   * @param records the records, not null; ids must be distinct
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
    if (index.containsKey(record.id())) {
      throw new IllegalArgumentException(
          "journal already has record " + record.id() + "; maybe use put(..) to replace it");
    }
    return put(record);
  }

  /**
   * Returns a journal with a record added, or replacing the record with the same id in its
   * place.
   *
   * @param record the record, not null
   * @return the new journal
   */
  public Journal put(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    List<MeetingRecord> list = new ArrayList<>(records.size() + 1);
    list.addAll(records);
    Map<String, Integer> map = new HashMap<>(index);
    Integer at = map.get(record.id());
    if (at == null) {
      map.put(record.id(), list.size());
      list.add(record);
    } else {
      list.set(at, record);
    }
    return new Journal(Collections.unmodifiableList(list), Collections.unmodifiableMap(map));
  }

  /**
   * Returns the records in the order they were added.
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
    Integer at = index.get(Objects.requireNonNull(id, "id"));
    return at == null ? Optional.empty() : Optional.of(records.get(at));
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
