package io.github.twentyminute.followup;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.PreparationStep;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the homework of an agenda before the meeting, out of 100, with a reason for every point
 * lost. The checks and their shares are those of {@link ReadinessCheck}:
 *
 * <ul>
 *   <li>counterpart researched (25): research notes on the counterpart, each with its source;
 *       {@link #researchNotesWanted()} (standard: 3, for background, current role and what they
 *       do now) earn full points, fewer earn their share;
 *   <li>questions linked (25): the share of prepared questions that link at least one research
 *       note; no questions earn nothing;
 *   <li>overview speakable (20): the career overview is written and, at
 *       {@link #wordsPerMinute()} (standard: 140, the middle of the 130 to 150 people speak),
 *       fits the target time of the plan's overview phase; a longer overview earns the share
 *       that fits; no overview earns nothing; a plan without an overview phase
 *       earns full points;
 *   <li>purpose stated (10): all or nothing;
 *   <li>checklist done (20): the share of preparation steps done; an empty checklist earns
 *       full points.
 * </ul>
 *
 * <p>Shares are rounded to the nearest whole point, halves up, as in {@link FollowUpScorer}.
 *
 * <p>This class is immutable and thread-safe; scoring is a pure function of the agenda.
 */
public final class Readiness {
  private static final Readiness STANDARD = new Readiness(140, 3);

  private final int wordsPerMinute;
  private final int researchNotesWanted;

  private Readiness(int wordsPerMinute, int researchNotesWanted) {
    this.wordsPerMinute = wordsPerMinute;
    this.researchNotesWanted = researchNotesWanted;
  }

  /**
   * Returns the standard readiness check: 140 words a minute, 3 research notes wanted.
   *
   * @return the standard check
   */
  public static Readiness standard() {
    return STANDARD;
  }

  /**
   * Obtains a readiness check with its own speaking rate and research target.
   *
   * @param wordsPerMinute the speaking rate for the overview, at least 1
   * @param researchNotesWanted the research notes that earn full points, at least 1
   * @return the check
   * @throws IllegalArgumentException if a value is below 1
   */
  public static Readiness of(int wordsPerMinute, int researchNotesWanted) {
    if (wordsPerMinute < 1) {
      throw new IllegalArgumentException(
          "words per minute must be at least 1, but was " + wordsPerMinute);
    }
    if (researchNotesWanted < 1) {
      throw new IllegalArgumentException(
          "research notes wanted must be at least 1, but was " + researchNotesWanted);
    }
    return new Readiness(wordsPerMinute, researchNotesWanted);
  }

  /**
   * Returns the speaking rate used to time the overview.
   *
   * @return words a minute
   */
  public int wordsPerMinute() {
    return wordsPerMinute;
  }

  /**
   * Returns the number of research notes that earn full points.
   *
   * @return the number, at least 1
   */
  public int researchNotesWanted() {
    return researchNotesWanted;
  }

  /**
   * Scores an agenda's homework.
   *
   * @param agenda the agenda, not null
   * @return the score, one line per check
   */
  public PreparationScore score(Agenda agenda) {
    Objects.requireNonNull(agenda, "agenda");
    List<ReadinessLine> lines = new ArrayList<>(5);
    lines.add(research(agenda));
    lines.add(questions(agenda));
    lines.add(overview(agenda));
    lines.add(purpose(agenda));
    lines.add(checklist(agenda));
    return PreparationScore.of(lines);
  }

  /**
   * Counts the words of a text: runs of characters between whitespace.
   *
   * @param text the text, not null
   * @return the number of words
   */
  public static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /**
   * Returns how long a text takes to say at this check's speaking rate, rounded up to the second.
   *
   * @param text the text, not null
   * @return the speaking time
   */
  public Duration speakingTime(String text) {
    long words = words(text);
    return Duration.ofSeconds((words * 60 + wordsPerMinute - 1) / wordsPerMinute);
  }

  private ReadinessLine research(Agenda agenda) {
    ReadinessCheck check = ReadinessCheck.COUNTERPART_RESEARCHED;
    List<ResearchNote> notes = agenda.counterpart().notes();
    int counted = Math.min(notes.size(), researchNotesWanted);
    int earned = Texts.shareOf(check.points(), counted, researchNotesWanted);
    Set<String> sources = new LinkedHashSet<>();
    for (ResearchNote note : notes) {
      sources.add(note.source());
    }
    String who = agenda.counterpart().name();
    String reason;
    if (notes.isEmpty()) {
      reason = "no research notes on " + who + "; " + researchNotesWanted
          + " wanted, on their background, current role and what they do now";
    } else {
      reason = notes.size() + (notes.size() == 1 ? " research note" : " research notes")
          + " on " + who + ", from " + String.join(", ", sources) + "; "
          + researchNotesWanted + " wanted"
          + (counted < researchNotesWanted
              ? ", on their background, current role and what they do now" : "");
    }
    return ReadinessLine.of(check, earned, reason + ": " + Texts.points(earned, check.points()));
  }

  private ReadinessLine questions(Agenda agenda) {
    ReadinessCheck check = ReadinessCheck.QUESTIONS_LINKED;
    List<String> unlinked = new ArrayList<>();
    int total = 0;
    for (AgendaItem item : agenda.items()) {
      if (item.kind() == ItemKind.QUESTION) {
        total++;
        if (item.linkedNotes().isEmpty()) {
          unlinked.add(item.id());
        }
      }
    }
    if (total == 0) {
      return ReadinessLine.of(check, 0, "no prepared questions; prepare questions tied to their"
          + " background: " + Texts.points(0, check.points()));
    }
    int linked = total - unlinked.size();
    int earned = Texts.shareOf(check.points(), linked, total);
    String reason = linked + " of " + total + " questions link a research note"
        + (unlinked.isEmpty() ? "" : "; " + String.join(", ", unlinked)
            + (unlinked.size() == 1 ? " does" : " do") + " not tie to their background");
    return ReadinessLine.of(check, earned, reason + ": " + Texts.points(earned, check.points()));
  }

  private ReadinessLine overview(Agenda agenda) {
    ReadinessCheck check = ReadinessCheck.OVERVIEW_SPEAKABLE;
    Optional<PhasePlan> phase = agenda.plan().phase(PhaseId.OVERVIEW);
    int words = words(agenda.overview());
    if (phase.isEmpty()) {
      return ReadinessLine.of(check, check.points(), "plan \"" + agenda.plan().name()
          + "\" has no overview phase, so the overview is not timed: "
          + Texts.points(check.points(), check.points()));
    }
    if (words == 0) {
      return ReadinessLine.of(check, 0, "no career overview written: "
          + Texts.points(0, check.points()));
    }
    Duration target = phase.get().timeBox().target();
    long allowed = target.getSeconds() * wordsPerMinute / 60;
    String said = words + " words take " + Durations.format(speakingTime(agenda.overview()))
        + " at " + wordsPerMinute + " words a minute";
    if (words <= allowed) {
      return ReadinessLine.of(check, check.points(), said + ", within the overview's "
          + Durations.format(target) + " target: " + Texts.points(check.points(),
          check.points()));
    }
    int earned = Texts.shareOf(check.points(), allowed, words);
    return ReadinessLine.of(check, earned, said + ", past the overview's "
        + Durations.format(target) + " target (" + allowed + " words); only the share that fits"
        + " counts: " + Texts.points(earned, check.points()));
  }

  private static ReadinessLine purpose(Agenda agenda) {
    ReadinessCheck check = ReadinessCheck.PURPOSE_STATED;
    if (agenda.purpose().isBlank()) {
      return ReadinessLine.of(check, 0, "no purpose stated; say in a sentence why you asked"
          + " for the meeting: " + Texts.points(0, check.points()));
    }
    return ReadinessLine.of(check, check.points(), "purpose stated in "
        + words(agenda.purpose()) + " words: " + Texts.points(check.points(), check.points()));
  }

  private static ReadinessLine checklist(Agenda agenda) {
    ReadinessCheck check = ReadinessCheck.CHECKLIST_DONE;
    List<PreparationStep> steps = agenda.preparation().steps();
    if (steps.isEmpty()) {
      return ReadinessLine.of(check, check.points(), "the preparation checklist has no steps: "
          + Texts.points(check.points(), check.points()));
    }
    List<String> open = new ArrayList<>();
    for (PreparationStep step : steps) {
      if (!step.done()) {
        open.add(step.id());
      }
    }
    int done = steps.size() - open.size();
    int earned = Texts.shareOf(check.points(), done, steps.size());
    String reason = done + " of " + steps.size() + " preparation steps done"
        + (open.isEmpty() ? "" : "; not done: " + String.join(", ", open));
    return ReadinessLine.of(check, earned, reason + ": " + Texts.points(earned, check.points()));
  }

  /** Returns a short form naming the settings. */
  @Override
  public String toString() {
    return "Readiness(" + wordsPerMinute + " words a minute, " + researchNotesWanted
        + " research notes wanted)";
  }
}
