package io.github.twentyminute.journal;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Journal} adds up to as of an instant: recurring insights, the referral graph,
 * evangelists, reciprocity, touchpoints, the follow-up score trend and the meetings that ran
 * over budget.
 *
 * <p>The summary sees the journal as it was known at {@link #asOf()}: meetings that ended by
 * then, commitments captured by then, follow-up tasks done by then. It is a pure function of the
 * set of records, the instant and the scoring policy: the order the records were added in does
 * not change it, and every list below has a documented order with a final tie-break on record id
 * or {@linkplain Journal#personKey(String) person key}.
 *
 * <p>People are told apart by their person key (see {@link Journal#personKey(String)}); each
 * person is shown as the counterpart of the latest meeting with them. {@link #findings()} explain
 * it; {@link #summary(Locale)} is for
 * people and not for parsing. Instances are immutable and thread-safe; obtain one from
 * {@link Journal#summary(Instant)}.
 */
@Value.Immutable
public abstract class JournalSummary {
  JournalSummary() {}

  static ImmutableJournalSummary.Builder builder() {
    return ImmutableJournalSummary.builder();
  }

  /**
   * Returns the instant the summary is as of.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns how many meetings had ended by the instant.
   *
   * @return the count
   */
  public abstract int meetings();

  /**
   * Returns how many distinct people those meetings were with.
   *
   * @return the count
   */
  public abstract int people();

  /**
   * Returns every tag heard, most people first, then most insights, then by tag.
   *
   * @return the tallies, may be empty
   */
  public abstract List<TagTally> tags();

  /**
   * Returns the insights with no tag, in meeting order.
   *
   * @return the mentions, may be empty
   */
  public abstract List<InsightMention> untagged();

  /**
   * Returns who gave which names, which became meetings, and the chains.
   *
   * @return the referral graph
   */
  public abstract ReferralGraph referrals();

  /**
   * Returns the people judged evangelists ({@link Evangelist#YES} first, then
   * {@link Evangelist#LIKELY}) after the latest meeting with them, each group by person key.
   *
   * @return the evangelists, may be empty
   */
  public abstract List<EvangelistEntry> evangelists();

  /**
   * Returns the help that went each way with every person met: most owed first, then the
   * largest balance in your favour owed to them, then by person key.
   *
   * @return one entry per person, may be empty
   */
  public abstract List<Reciprocity> reciprocity();

  /**
   * Returns one touchpoint per person, most urgent first: overdue, then due, then upcoming;
   * within each, the earliest {@linkplain Touchpoint#deadline() deadline} first, then by person
   * key.
   *
   * @return the touchpoints, may be empty
   */
  public abstract List<Touchpoint> touchpoints();

  /**
   * Returns each meeting's follow-up score as of the instant, in meeting order (meeting end,
   * then record id).
   *
   * @return the trend, may be empty
   */
  public abstract List<ScorePoint> scoreTrend();

  /**
   * Returns the meetings that ran past their budget, the largest overrun first, then in meeting
   * order. Meetings without an ended session have no timeline and are not included.
   *
   * @return the overruns, may be empty
   */
  public abstract List<Overrun> overBudget();

  /**
   * Returns the recurring insights: the tags that two or more distinct people said, in
   * {@link #tags()} order.
   *
   * @return the recurring tags, may be empty
   */
  public List<TagTally> recurringInsights() {
    return tags().stream().filter(TagTally::recurring).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds the tally of one tag.
   *
   * @param tag the tag, not null; normalised before the search
   * @return the tally, or empty if no insight has that tag
   * @throws IllegalArgumentException if the tag is blank
   */
  public Optional<TagTally> tag(String tag) {
    String normal = Insight.normaliseTag(tag);
    return tags().stream().filter(t -> t.tag().equals(normal)).findFirst();
  }

  /**
   * Returns the touchpoints that are due or overdue, in {@link #touchpoints()} order.
   *
   * @return the touchpoints due, may be empty
   */
  public List<Touchpoint> touchpointsDue() {
    return touchpoints().stream().filter(Touchpoint::isDue)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds the touchpoint of one person.
   *
   * @param name the person's name, not null; matched by person key
   * @return the touchpoint, or empty if you have not met them
   */
  public Optional<Touchpoint> touchpoint(String name) {
    String key = Journal.personKey(name);
    return touchpoints().stream()
        .filter(t -> Journal.personKey(t.person().name()).equals(key)).findFirst();
  }

  /**
   * Finds the reciprocity with one person.
   *
   * @param name the person's name, not null; matched by person key
   * @return the reciprocity, or empty if you have not met them
   */
  public Optional<Reciprocity> reciprocityWith(String name) {
    String key = Journal.personKey(name);
    return reciprocity().stream()
        .filter(r -> Journal.personKey(r.person().name()).equals(key)).findFirst();
  }

  /**
   * Returns the findings that explain this summary, one per figure: {@code journal.headline},
   * then {@code journal.recurring-insight} per recurring tag, {@code journal.referrals} and
   * {@code journal.referral-chain} per chain, {@code journal.evangelist},
   * {@code journal.reciprocity} per person, {@code journal.touchpoint-due} per touchpoint due,
   * {@code journal.score-trend}, and {@code journal.overrun} per meeting over budget. Each is
   * located in this summary (such as {@code tags[2]}) and carries its numbers as typed
   * arguments.
   *
   * @return the findings, in that order
   */
  public List<Finding> findings() {
    return JournalFindings.of(this);
  }

  /**
   * Returns the summary for people in English: see {@link #summary(Locale)}.
   *
   * @return the text
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * Returns the summary for people in a language: one section per figure, each line a finding of
   * {@link #findings()} rendered by {@link Renderer#of(Locale)}. Not for parsing; its wording may
   * change between versions. Read the numbers from the findings' arguments instead.
   *
   * @param locale the reader's locale, not null; English where the library has no templates
   * @return the text
   */
  public String summary(Locale locale) {
    Renderer renderer = Renderer.of(locale);
    Map<String, List<Finding>> byId = new LinkedHashMap<>();
    for (Finding finding : findings()) {
      byId.computeIfAbsent(finding.id(), id -> new ArrayList<>()).add(finding);
    }
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder(renderer.message(byId.get("journal.headline").get(0)));
    section(text, renderer, "recurring", byId.get("journal.recurring-insight"), false);
    text.append(nl).append(renderer.text("journal.summary.referrals", Arguments.none()))
        .append(' ').append(renderer.message(byId.get("journal.referrals").get(0)));
    section(text, renderer, null, byId.get("journal.referral-chain"), false);
    section(text, renderer, "evangelists", byId.get("journal.evangelist"), false);
    section(text, renderer, "reciprocity", byId.get("journal.reciprocity"), false);
    section(text, renderer, "touchpoints", byId.get("journal.touchpoint-due"), false);
    section(text, renderer, "scores", scoreTrend().isEmpty() ? null
        : byId.get("journal.score-trend"), true);
    section(text, renderer, "over-budget", byId.get("journal.overrun"), false);
    return text.toString();
  }

  /** Appends a heading (unless null) and its findings, one a line or, inline, after it. */
  private static void section(StringBuilder text, Renderer renderer, @Nullable String heading,
      @Nullable List<Finding> findings, boolean inline) {
    String nl = System.lineSeparator();
    if (heading != null) {
      text.append(nl).append(renderer.text("journal.summary." + heading, Arguments.none()));
      if (findings == null) {
        text.append(' ').append(renderer.text("journal.summary.none", Arguments.none()));
        return;
      }
    }
    if (findings == null) {
      return;
    }
    for (Finding finding : findings) {
      text.append(inline ? " " : nl + "  ").append(renderer.message(finding));
    }
  }

  /**
   * Returns the total time past budget over all meetings that ran over.
   *
   * @return the sum of the overruns, zero if none
   */
  public Duration totalOverBudget() {
    Duration total = Duration.ZERO;
    for (Overrun overrun : overBudget()) {
      total = total.plus(overrun.overBudget());
    }
    return total;
  }

  /** Returns the headline in English, such as {@code Journal as of 2026-06-01 00:00 UTC: 8 meetings with 7 people, 1:30 over budget in total}. */
  @Override
  public String toString() {
    return Renderer.ENGLISH.message(JournalFindings.headline(this));
  }
}
