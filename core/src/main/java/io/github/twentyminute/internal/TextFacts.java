package io.github.twentyminute.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the built-in rules need to know about one agenda text (the purpose, the overview): its
 * word count, the first job-request phrase in it, the years it mentions, and whether it says why
 * you asked. {@link #of(String, int)} works out the facts asked for in one pass over the text.
 *
 * <p>Nothing is remembered between calls: the rules ask for the facts of a text at most once
 * per validation and share them while that validation runs, so no text outlives the validation
 * that read it. Instances are immutable and thread-safe.
 */
public final class TextFacts {
  /** Fact: the first job-request phrase, {@link #jobPhrase()}. Words are always counted. */
  public static final int JOB_PHRASE = 1;
  /** Fact: the years mentioned, {@link #years()} and {@link #yearCount()}. */
  public static final int YEARS = 2;
  /** Fact: whether the text says why you asked, {@link #saysWhy()}. */
  public static final int WHY = 4;
  /** Every fact. */
  public static final int ALL = JOB_PHRASE | YEARS | WHY;

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

  private static final PhraseMatcher JOB_MATCHER = new PhraseMatcher(JOB_PHRASES);
  private static final PhraseMatcher WHY_MATCHER = new PhraseMatcher(WHY_PHRASES);

  private final int facts;
  private final int words;
  private final @Nullable String jobPhrase;
  private final int[] years;
  private final boolean saysWhy;

  private TextFacts(int facts, int words, @Nullable String jobPhrase, int[] years,
      boolean saysWhy) {
    this.facts = facts;
    this.words = words;
    this.jobPhrase = jobPhrase;
    this.years = years;
    this.saysWhy = saysWhy;
  }

  /**
   * Analyses a text in one pass for every fact.
   *
   * @param text the text, not null
   * @return the facts
   */
  public static TextFacts of(String text) {
    return of(text, ALL);
  }

  /**
   * Analyses a text in one pass: words as {@link Texts#countWords(String)} counts them, and the
   * facts asked for, phrases and years at the starts of words as {@link PhraseMatcher#find} and
   * {@link Texts#years(String)} find them.
   *
   * @param text the text, not null
   * @param wanted the facts to work out besides the word count: {@link #JOB_PHRASE},
   *     {@link #YEARS}, {@link #WHY} or several of them combined with {@code |}
   * @return the facts
   */
  public static TextFacts of(String text, int wanted) {
    boolean findJob = (wanted & JOB_PHRASE) != 0;
    boolean findWhy = (wanted & WHY) != 0;
    boolean findYears = (wanted & YEARS) != 0;
    int words = 0;
    boolean atStart = true;
    String job = null;
    boolean why = false;
    int[] years = Texts.NO_YEARS;
    // All the work happens where a word starts: the loop itself only looks for those places.
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean word = Texts.isWordChar(c);
      if (word && atStart) {
        if (countsAsWord(text, i)) {
          words++;
        }
        if (findJob && job == null) {
          job = JOB_MATCHER.at(text, i);
        }
        if (findWhy && !why) {
          why = WHY_MATCHER.at(text, i) != null;
        }
        if (findYears && (c == '1' || c == '2')) {
          int year = Texts.yearAt(text, i);
          if (year != 0) {
            years = Texts.withYear(years, year);
          }
        }
      }
      atStart = !word;
    }
    int found = (findJob ? JOB_PHRASE : 0) | (findWhy ? WHY : 0) | (findYears ? YEARS : 0);
    return new TextFacts(found, words, job, years, why);
  }

  /**
   * Checks if the run of word characters starting at a position makes a word as
   * {@link Texts#countWords(String)} counts them: a run of characters other than spaces that holds
   * a letter or digit. That run is counted here, at the first run of word characters in it that
   * holds a letter or digit; letters and digits are word characters, so there is one.
   */
  private static boolean countsAsWord(String text, int start) {
    int n = text.length();
    int i = start;
    while (!Texts.isLetterOrDigit(text.charAt(i))) {
      i++;
      if (i == n || !Texts.isWordChar(text.charAt(i))) {
        return false;
      }
    }
    for (int j = start - 1; j >= 0 && !Texts.isSpace(text.charAt(j)); j--) {
      if (Texts.isLetterOrDigit(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the first job-request phrase in a text, for texts of which nothing else is needed.
   *
   * @param text the text, not null
   * @return the phrase as listed in {@link #JOB_PHRASES}, or null if there is none
   */
  public static @Nullable String firstJobPhrase(String text) {
    return JOB_MATCHER.find(text);
  }

  /**
   * Returns the number of words, as {@link Texts#countWords(String)} counts them.
   *
   * @return the word count
   */
  public int words() {
    return words;
  }

  /**
   * Returns the first job-request phrase in the text.
   *
   * @return the phrase as listed in {@link #JOB_PHRASES}, or null if there is none
   * @throws IllegalStateException if the analysis did not look for it
   */
  public @Nullable String jobPhrase() {
    require(JOB_PHRASE, "job-request phrases");
    return jobPhrase;
  }

  /**
   * Returns the distinct years the text mentions, as {@link Texts#years(String)} finds them.
   *
   * @return a copy of the years, in order of first mention
   * @throws IllegalStateException if the analysis did not look for them
   */
  public int[] years() {
    require(YEARS, "years");
    return years.clone();
  }

  /**
   * Returns how many distinct years the text mentions.
   *
   * @return the count
   * @throws IllegalStateException if the analysis did not look for years
   */
  public int yearCount() {
    require(YEARS, "years");
    return years.length;
  }

  /**
   * Checks if the text has one of the {@link #WHY_PHRASES}.
   *
   * @return true if it says why you asked
   * @throws IllegalStateException if the analysis did not look for it
   */
  public boolean saysWhy() {
    require(WHY, "why-you-asked phrases");
    return saysWhy;
  }

  private void require(int fact, String name) {
    if ((facts & fact) == 0) {
      throw new IllegalStateException("Impossible state: the text was not analysed for " + name);
    }
  }
}
