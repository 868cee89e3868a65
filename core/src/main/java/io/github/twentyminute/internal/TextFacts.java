package io.github.twentyminute.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the built-in rules need to know about one agenda text (an item's text, the purpose, the
 * overview): its word count, the first job-request phrase in it, the years it mentions, and
 * whether it says why you asked.
 *
 * <p>Each fact is worked out the first time it is asked for. Texts are immutable and an agenda is validated again and again as it is edited, mostly
 * with the same texts, so {@link #of(String)} remembers the facts of recent texts in a small
 * fixed-size table keyed by content (4,096 slots in pairs: a text lives in the pair its hash
 * picks, and a new text there pushes out the older of the two). Reading the table is a hash look-up and one string comparison; the memory
 * it holds is bounded by its size. It is safe to use from many threads: entries are immutable,
 * and a lost update only means a text is analysed again.
 */
public final class TextFacts {
  /** Job-request phrases, for {@code discussion.no-job-request}. */
  public static final List<String> JOB_PHRASES = List.of(
      "job", "jobs", "position", "positions", "opening", "openings", "vacancy", "vacancies",
      "hire me", "hiring me", "employ me", "my resume", "my cv", "refer me", "recommend me",
      "work for you", "apply for", "applying for");
  /** Phrases that say why you asked, for {@code overview.not-resume}. */
  public static final List<String> WHY_PHRASES = List.of(
      "why i asked", "which is why", "that is why", "that's why", "reason i asked",
      "i would like to", "i'd like to", "i want to learn", "i hope to learn",
      "hoping to learn", "i am hoping", "i'm hoping");

  private static final PhraseMatcher JOB = new PhraseMatcher(JOB_PHRASES);
  private static final PhraseMatcher WHY = new PhraseMatcher(WHY_PHRASES);
  private static final int SLOTS = 1 << 12;
  private static final Entry[] TABLE = new Entry[SLOTS];

  private static final String NONE = new String("");
  private static final int[] NOT_YET = new int[0];

  private final String text;
  // Each fact is worked out when first asked for; a race only means working it out twice.
  private volatile int words = -1;
  private volatile @Nullable String jobPhrase;
  private volatile int[] years = NOT_YET;
  private volatile int saysWhy = -1;

  private TextFacts(String text) {
    this.text = text;
  }

  /**
   * Returns the facts of a text, analysing it only if it was not seen recently.
   *
   * @param text the text, not null
   * @return the facts
   */
  public static TextFacts of(String text) {
    int hash = text.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    int other = slot ^ 1;
    Entry first = TABLE[slot];
    if (first != null && (first.text == text || first.text.equals(text))) {
      return first.facts;
    }
    Entry second = TABLE[other];
    if (second != null && (second.text == text || second.text.equals(text))) {
      return second.facts;
    }
    TextFacts facts = new TextFacts(text);
    TABLE[other] = first;
    TABLE[slot] = new Entry(text, facts);
    return facts;
  }

  /**
   * Returns the number of words, as {@link Texts#countWords(String)} counts them.
   *
   * @return the word count
   */
  public int words() {
    int known = words;
    if (known < 0) {
      known = Texts.countWords(text);
      words = known;
    }
    return known;
  }

  /**
   * Returns the first job-request phrase in the text.
   *
   * @return the phrase as listed in {@link #JOB_PHRASES}, or null if there is none
   */
  public @Nullable String jobPhrase() {
    String known = jobPhrase;
    if (known == null) {
      String found = JOB.find(text);
      known = found == null ? NONE : found;
      jobPhrase = known;
    }
    return known == NONE ? null : known;
  }

  /**
   * Returns the distinct years the text mentions, as {@link Texts#years(String)} finds them.
   *
   * @return a copy of the years, in order of first mention
   */
  public int[] years() {
    return knownYears().clone();
  }

  /**
   * Returns how many distinct years the text mentions.
   *
   * @return the count
   */
  public int yearCount() {
    return knownYears().length;
  }

  private int[] knownYears() {
    int[] known = years;
    if (known == NOT_YET) {
      known = Texts.years(text);
      years = known;
    }
    return known;
  }

  /**
   * Checks if the text has one of the {@link #WHY_PHRASES}.
   *
   * @return true if it says why you asked
   */
  public boolean saysWhy() {
    int known = saysWhy;
    if (known < 0) {
      known = WHY.find(text) == null ? 0 : 1;
      saysWhy = known;
    }
    return known == 1;
  }

  private static final class Entry {
    final String text;
    final TextFacts facts;

    Entry(String text, TextFacts facts) {
      this.text = text;
      this.facts = facts;
    }
  }
}
