package io.github.twentyminute.agenda;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one text of an agenda says, as the built-in rules read it: how many words it has, the first
 * phrase in it that asks for a job, the years it mentions, and whether it says why you asked.
 *
 * <p>Each fact is read from the text the first time it is asked for and then kept with these
 * facts, and an agenda keeps the facts of each of its texts while it lives:
 * {@link Agenda#purposeFacts()}, {@link Agenda#overviewFacts()} and {@link AgendaItem#textFacts()}.
 * So validating the same agenda again reads none of its texts again, an item shared by two drafts
 * is read once, and a fact no rule asks for is never read. Nothing is kept anywhere but in the
 * agenda and its items, and it goes with them. Rules of your own can read the facts too, or call
 * {@link #of(String)} on any text.
 *
 * <p>Phrases and years are found only where a word starts and must end where a word ends, so
 * "job" is found in "a job?" but not in "jobsite", and 2019 in "in 2019," but not in "20190".
 * Phrases are matched ignoring the case of ASCII letters, and a typographic apostrophe (U+2019)
 * matches a plain one.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TextFacts {
  /**
   * The phrases that make a text read as a job request, for {@code discussion.no-job-request}, in
   * the order they are looked for at each word.
   */
  public static final List<String> JOB_REQUEST_PHRASES = List.of(
      "job", "jobs", "position", "positions", "opening", "openings", "vacancy", "vacancies",
      "hire me", "hiring me", "employ me", "my resume", "my cv", "refer me", "recommend me",
      "work for you", "apply for", "applying for");

  /** The phrases that say why you asked for the meeting, for {@code overview.not-resume}. */
  public static final List<String> WHY_PHRASES = List.of(
      "why i asked", "which is why", "that is why", "that's why", "reason i asked",
      "i would like to", "i'd like to", "i want to learn", "i hope to learn",
      "hoping to learn", "i am hoping", "i'm hoping");

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final String text;
  // Each fact is read from the text when first asked for (racy single-check: threads that race
  // read the same value; every value is a primitive or immutable).
  private int words = -1;
  private @Nullable Optional<String> jobRequest;
  private @Nullable List<Integer> years;
  private byte saysWhy = UNKNOWN;

  private TextFacts(String text) {
    this.text = text;
  }

  /**
   * Obtains the facts of a text. Each fact is read from the text the first time it is asked
   * for, and kept.
   *
   * @param text the text, not null
   * @return the facts
   */
  public static TextFacts of(String text) {
    return new TextFacts(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns the number of words: runs of characters other than white space that hold at least
   * one letter or digit, so "claims-delay" is one word and a lone dash is none.
   *
   * @return the word count, not negative
   */
  public int words() {
    int known = words;
    if (known < 0) {
      known = TextReader.words(text);
      words = known;
    }
    return known;
  }

  /**
   * Returns the first of the {@link #JOB_REQUEST_PHRASES} in the text: the one that starts
   * earliest, and of those starting there the first listed.
   *
   * @return the phrase as listed, or empty if the text asks for no job
   */
  public Optional<String> jobRequest() {
    Optional<String> known = jobRequest;
    if (known == null) {
      known = TextReader.jobRequest(text);
      jobRequest = known;
    }
    return known;
  }

  /**
   * Returns the distinct years from 1900 to 2099 that the text mentions as four-digit numbers
   * standing alone.
   *
   * @return the years in the order they are first mentioned, immutable, may be empty
   */
  public List<Integer> years() {
    List<Integer> known = years;
    if (known == null) {
      known = TextReader.years(text);
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
    byte known = saysWhy;
    if (known == UNKNOWN) {
      known = TextReader.saysWhy(text) ? YES : NO;
      saysWhy = known;
    }
    return known == YES;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TextFacts)) {
      return false;
    }
    TextFacts that = (TextFacts) other;
    return words() == that.words() && saysWhy() == that.saysWhy()
        && jobRequest().equals(that.jobRequest()) && years().equals(that.years());
  }

  @Override
  public int hashCode() {
    return Objects.hash(words(), jobRequest(), years(), saysWhy());
  }

  /**
   * Returns the facts as text, such as
   * {@code TextFacts{words=42, jobRequest=none, years=[2015, 2019], saysWhy=true}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "TextFacts{words=" + words() + ", jobRequest="
        + jobRequest().map(p -> "\"" + p + "\"").orElse("none") + ", years=" + years()
        + ", saysWhy=" + saysWhy() + "}";
  }
}
