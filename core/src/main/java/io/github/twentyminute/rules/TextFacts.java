package io.github.twentyminute.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one text of an agenda says, as the built-in rules read it: how many words it has, the
 * first phrase in it that asks for a job, the years it mentions, and whether it says why you
 * asked. These are the rules' heuristics, not facts of the agenda, so they live here and not in
 * the data model.
 *
 * <p>Each fact is read from the text the first time a rule asks for it and then kept while one
 * validation lasts: the {@link RuleContext} keeps one instance for each text of the agenda it
 * checks, so two rules that read the overview read it once, a fact no rule asks for is never read,
 * and nothing is kept once the validation is done.
 *
 * <p>Phrases and years are found only where a word starts and must end where a word ends, so
 * "job" is found in "a job?" but not in "jobsite", and 2019 in "in 2019," but not in "20190".
 * Phrases are matched ignoring the case of ASCII letters, and a typographic apostrophe (U+2019)
 * matches a plain one. Words are counted by the library's one word counter,
 * {@code internal.Texts.countWords}.
 *
 * <p>Not thread-safe: one validation, one thread.
 */
final class TextFacts {
  /**
   * The phrases that make a text read as a job request, for {@code discussion.no-job-request}, in
   * the order they are looked for at each word.
   */
  static final List<String> JOB_REQUEST_PHRASES = List.of(
      "job", "jobs", "position", "positions", "opening", "openings", "vacancy", "vacancies",
      "hire me", "hiring me", "employ me", "my resume", "my cv", "refer me", "recommend me",
      "work for you", "apply for", "applying for");

  /** The phrases that say why you asked for the meeting, for {@code overview.not-resume}. */
  static final List<String> WHY_PHRASES = List.of(
      "why i asked", "which is why", "that is why", "that's why", "reason i asked",
      "i would like to", "i'd like to", "i want to learn", "i hope to learn",
      "hoping to learn", "i am hoping", "i'm hoping");

  private static final byte UNKNOWN = 0;
  private static final byte NO = 1;
  private static final byte YES = 2;

  private final String text;
  private int words = -1;
  private @Nullable Optional<String> jobRequest;
  private @Nullable List<Integer> years;
  private byte saysWhy = UNKNOWN;

  private TextFacts(String text) {
    this.text = text;
  }

  /** Returns the facts of a text, none of them read yet. */
  static TextFacts of(String text) {
    return new TextFacts(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns the number of words: runs of characters other than white space that hold at least
   * one letter or digit, so "claims-delay" is one word and a lone dash is none.
   */
  int words() {
    if (words < 0) {
      words = TextReader.words(text);
    }
    return words;
  }

  /**
   * Returns the first of the {@link #JOB_REQUEST_PHRASES} in the text: the one that starts
   * earliest, and of those starting there the first listed; empty if the text asks for no job.
   */
  Optional<String> jobRequest() {
    Optional<String> known = jobRequest;
    if (known == null) {
      known = TextReader.jobRequest(text);
      jobRequest = known;
    }
    return known;
  }

  /**
   * Returns the distinct years from 1900 to 2099 that the text mentions as four-digit numbers
   * standing alone, in the order they are first mentioned.
   */
  List<Integer> years() {
    List<Integer> known = years;
    if (known == null) {
      known = TextReader.years(text);
      years = known;
    }
    return known;
  }

  /** Checks if the text has one of the {@link #WHY_PHRASES}. */
  boolean saysWhy() {
    if (saysWhy == UNKNOWN) {
      saysWhy = TextReader.saysWhy(text) ? YES : NO;
    }
    return saysWhy == YES;
  }

  /**
   * Returns the facts as text, such as
   * {@code TextFacts{words=42, jobRequest=none, years=[2015, 2019], saysWhy=true}}, reading them
   * all; for debugging.
   */
  @Override
  public String toString() {
    return "TextFacts{words=" + words() + ", jobRequest="
        + jobRequest().map(p -> "\"" + p + "\"").orElse("none") + ", years=" + years()
        + ", saysWhy=" + saysWhy() + "}";
  }
}
