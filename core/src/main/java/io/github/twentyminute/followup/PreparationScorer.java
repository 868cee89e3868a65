package io.github.twentyminute.followup;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.agenda.PreparationStep;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.internal.MethodDefaults;
import io.github.twentyminute.internal.Texts;
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
 * Scores the preparation of an agenda before the meeting (the book's homework), out of 100, with
 * a finding for every line that explains every point lost. The checks and their shares are those
 * of {@link PreparationCheck}:
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
 *       that fits; no overview earns nothing; a plan without an overview phase earns full
 *       points;
 *   <li>purpose stated (10): all or nothing;
 *   <li>checklist done (20): the share of preparation steps done; an empty checklist earns
 *       full points.
 * </ul>
 *
 * <p>Words are counted, and speaking time reckoned, exactly as the built-in rules do; the
 * standard rate and research target are the rules' defaults too. Shares are rounded to the
 * nearest whole point, halves up. Every finding's arguments are documented by case in
 * {@code messages/followup.properties}; each has {@code earned} and {@code possible}.
 *
 * <p>This class is immutable and thread-safe; scoring is a pure function of the agenda.
 */
public final class PreparationScorer {
  private static final PreparationScorer STANDARD = new PreparationScorer(
      MethodDefaults.WORDS_PER_MINUTE, MethodDefaults.RESEARCH_NOTES_WANTED);

  private final int wordsPerMinute;
  private final int researchNotesWanted;

  private PreparationScorer(int wordsPerMinute, int researchNotesWanted) {
    this.wordsPerMinute = wordsPerMinute;
    this.researchNotesWanted = researchNotesWanted;
  }

  /**
   * Returns the standard scorer: 140 words a minute, 3 research notes wanted.
   *
   * @return the standard scorer
   */
  public static PreparationScorer standard() {
    return STANDARD;
  }

  /**
   * Obtains a scorer with its own speaking rate and research target.
   *
   * @param wordsPerMinute the speaking rate for the overview, 60 to 300
   * @param researchNotesWanted the research notes that earn full points, at least 1
   * @return the scorer
   * @throws IllegalArgumentException if the rate is out of range or the target below 1
   */
  public static PreparationScorer of(int wordsPerMinute, int researchNotesWanted) {
    MethodDefaults.requireWordsPerMinute(wordsPerMinute);
    if (researchNotesWanted < 1) {
      throw new IllegalArgumentException(
          "research notes wanted must be at least 1, but was " + researchNotesWanted);
    }
    return new PreparationScorer(wordsPerMinute, researchNotesWanted);
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
   * Scores an agenda's preparation.
   *
   * @param agenda the agenda, not null
   * @return the score, one line per check
   */
  public PreparationScore score(Agenda agenda) {
    Objects.requireNonNull(agenda, "agenda");
    List<PreparationLine> lines = new ArrayList<>(5);
    lines.add(research(agenda));
    lines.add(questions(agenda));
    lines.add(overview(agenda));
    lines.add(purpose(agenda));
    lines.add(checklist(agenda));
    return PreparationScore.of(lines);
  }

  private PreparationLine research(Agenda agenda) {
    PreparationCheck check = PreparationCheck.COUNTERPART_RESEARCHED;
    List<ResearchNote> notes = agenda.counterpart().notes();
    int counted = Math.min(notes.size(), researchNotesWanted);
    int earned = shareOf(check.points(), counted, researchNotesWanted);
    Arguments.Builder arguments = Arguments.builder()
        .text("counterpart", agenda.counterpart().name()).count("wanted", researchNotesWanted);
    if (notes.isEmpty()) {
      return line(check, earned, ".none", arguments);
    }
    Set<String> sources = new LinkedHashSet<>();
    for (ResearchNote note : notes) {
      sources.add(note.source());
    }
    arguments.count("notes", notes.size()).text("sources", String.join(", ", sources));
    return line(check, earned, counted < researchNotesWanted ? "" : ".enough", arguments);
  }

  private static PreparationLine questions(Agenda agenda) {
    PreparationCheck check = PreparationCheck.QUESTIONS_LINKED;
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
      return line(check, 0, ".none", Arguments.builder());
    }
    int linked = total - unlinked.size();
    Arguments.Builder arguments = Arguments.builder().count("linked", linked)
        .count("questions", total);
    if (unlinked.isEmpty()) {
      return line(check, check.points(), ".all", arguments);
    }
    arguments.count("unlinkedCount", unlinked.size()).text("unlinked", String.join(", ", unlinked));
    return line(check, shareOf(check.points(), linked, total), "", arguments);
  }

  private PreparationLine overview(Agenda agenda) {
    PreparationCheck check = PreparationCheck.OVERVIEW_SPEAKABLE;
    Optional<PhasePlan> phase = agenda.plan().phase(PhaseId.OVERVIEW);
    if (phase.isEmpty()) {
      return line(check, check.points(), ".no-phase",
          Arguments.builder().text("plan", agenda.plan().name()));
    }
    int words = Texts.countWords(agenda.overview());
    if (words == 0) {
      return line(check, 0, ".none", Arguments.builder());
    }
    Duration target = phase.get().timeBox().target();
    long allowed = target.getSeconds() * wordsPerMinute / 60;
    Arguments.Builder arguments = Arguments.builder().count("words", words)
        .duration("speakingTime", Texts.speakingTime(words, wordsPerMinute))
        .count("wordsPerMinute", wordsPerMinute).duration("target", target);
    if (words <= allowed) {
      return line(check, check.points(), "", arguments);
    }
    arguments.count("allowed", allowed);
    return line(check, shareOf(check.points(), allowed, words), ".too-long", arguments);
  }

  private static PreparationLine purpose(Agenda agenda) {
    PreparationCheck check = PreparationCheck.PURPOSE_STATED;
    if (agenda.purpose().isBlank()) {
      return line(check, 0, ".none", Arguments.builder());
    }
    return line(check, check.points(), "",
        Arguments.builder().count("words", Texts.countWords(agenda.purpose())));
  }

  private static PreparationLine checklist(Agenda agenda) {
    PreparationCheck check = PreparationCheck.CHECKLIST_DONE;
    List<PreparationStep> steps = agenda.preparation().steps();
    if (steps.isEmpty()) {
      return line(check, check.points(), ".empty", Arguments.builder());
    }
    List<String> open = new ArrayList<>();
    for (PreparationStep step : steps) {
      if (!step.done()) {
        open.add(step.id());
      }
    }
    int done = steps.size() - open.size();
    Arguments.Builder arguments = Arguments.builder().count("done", done)
        .count("steps", steps.size());
    if (open.isEmpty()) {
      return line(check, check.points(), "", arguments);
    }
    arguments.count("openCount", open.size()).text("open", String.join(", ", open));
    return line(check, shareOf(check.points(), done, steps.size()), ".open", arguments);
  }

  private static PreparationLine line(PreparationCheck check, int earned, String variant,
      Arguments.Builder arguments) {
    Finding finding = Finding.of(check.findingId(), Location.parse(check.location()),
        check.findingId() + variant, arguments.count("earned", earned)
            .count("possible", check.points()).build());
    return PreparationLine.of(check, earned, finding);
  }

  /** Returns {@code points * part / whole} rounded to the nearest whole point, halves up. */
  private static int shareOf(int points, long part, long whole) {
    return (int) ((2L * points * part + whole) / (2L * whole));
  }

  /** Returns a short form naming the settings. */
  @Override
  public String toString() {
    return "PreparationScorer(" + wordsPerMinute + " words a minute, " + researchNotesWanted
        + " research notes wanted)";
  }
}
