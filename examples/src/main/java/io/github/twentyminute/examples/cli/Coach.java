package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.examples.SimulatedClock;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.session.LiveMeeting;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.Nudge;
import io.github.twentyminute.session.Pacing;
import io.github.twentyminute.session.PhasePace;
import io.github.twentyminute.session.SessionStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs a live meeting in a terminal: shows the pacing as a screen (phase, progress bars, time
 * left, nudges), reads keys to move the meeting on, and returns the session when it ends.
 *
 * <p>Keys: {@code n} next phase, {@code c} the next cue of the phase done, {@code i} the current
 * item covered, {@code s} the current item skipped, {@code p} pause or resume, {@code e} end. With
 * a {@link SimulatedClock} the clock stands still and {@code +} moves it on by the clock step.
 */
final class Coach {
  static final String ANSI_HOME_AND_CLEAR = "\u001b[H\u001b[2J";
  private static final int BAR = 24;

  private final Agenda agenda;
  private final LiveMeeting meeting;
  private final Clock clock;
  private final SimulatedClock manual;
  private final Duration step;
  private final PrintWriter out;
  private final boolean ansi;
  private final String keyHint;
  private String last = "started the meeting";

  /**
   * Creates a coach.
   *
   * @param agenda the agenda
   * @param clock the clock; a {@link SimulatedClock} stands still between {@code +} keys
   * @param step how far {@code +} moves a simulated clock
   * @param out where the screen goes
   * @param ansi whether to clear the screen between frames
   * @param lineMode whether keys arrive only after Enter
   */
  Coach(Agenda agenda, Clock clock, Duration step, PrintWriter out, boolean ansi,
      boolean lineMode) {
    this.agenda = agenda;
    this.clock = clock;
    this.manual = clock instanceof SimulatedClock ? (SimulatedClock) clock : null;
    this.step = step;
    this.meeting = LiveMeeting.of(agenda, clock);
    this.out = out;
    this.ansi = ansi;
    this.keyHint = "keys: n next phase, c cue done, i item covered, s skip item, p pause/resume,"
        + " e end" + (manual == null ? "" : ", + clock +" + PlanText.minutes(step))
        + (lineMode ? " (then Enter)" : "");
  }

  /**
   * Starts the meeting and runs it until the {@code e} key or the end of input.
   *
   * @param keys where keys come from
   * @return the ended session
   */
  MeetingSession run(KeyReader keys) throws InterruptedException {
    meeting.start();
    draw();
    Duration refresh = manual == null ? Duration.ofSeconds(1) : null;
    while (meeting.session().status() != SessionStatus.ENDED) {
      int key = keys.next(refresh);
      if (key == KeyReader.NONE) {
        draw();
        continue;
      }
      if (key == KeyReader.END) {
        meeting.end();
        last = "input closed: ended the meeting";
        draw();
        break;
      }
      if (Character.isWhitespace(key)) {
        continue;
      }
      last = press((char) key);
      draw();
    }
    return meeting.session();
  }

  /** Acts on one key and returns what happened, for the screen. */
  String press(char key) {
    try {
      switch (Character.toLowerCase(key)) {
        case 'n':
          return nextPhase();
        case 'c':
          return nextCue();
        case 'i':
          return currentItem().map(item -> {
            meeting.cover(item.id());
            return "covered " + item.id();
          }).orElse("no item left in this phase; press n for the next phase");
        case 's':
          return currentItem().map(item -> {
            meeting.skip(item.id());
            return "skipped " + item.id();
          }).orElse("no item left in this phase; press n for the next phase");
        case 'p':
          if (meeting.session().status() == SessionStatus.PAUSED) {
            meeting.resume();
            return "resumed";
          }
          meeting.pause();
          return "paused: press p to resume";
        case 'e':
          meeting.end();
          return "ended the meeting";
        case '+':
          if (manual == null) {
            return "the clock is real: + does nothing";
          }
          manual.advance(step);
          return "clock moved on " + PlanText.minutes(step);
        default:
          return "unknown key '" + key + "'";
      }
    } catch (IllegalStateException | IllegalArgumentException refused) {
      return "refused: " + refused.getMessage();
    }
  }

  private String nextPhase() {
    MeetingPlan plan = agenda.plan();
    Optional<PhaseId> current = meeting.session().currentPhase();
    int index = current.map(plan::indexOf).orElse(-1);
    if (index + 1 >= plan.phases().size()) {
      return "this is the last phase; press e to end the meeting";
    }
    PhaseId next = plan.phases().get(index + 1).id();
    meeting.enter(next);
    return "entered " + next;
  }

  private String nextCue() {
    Optional<PhaseId> current = meeting.session().currentPhase();
    if (current.isEmpty()) {
      return "no phase yet";
    }
    for (Cue cue : agenda.plan().requirePhase(current.get()).cues()) {
      if (!meeting.session().isCueDone(cue.id())) {
        meeting.cueDone(cue.id());
        return "cue done: " + cue.id();
      }
    }
    return "every cue of the " + current.get() + " is done";
  }

  private Optional<AgendaItem> currentItem() {
    return meeting.pacing().currentItem();
  }

  /** Draws the screen for now. */
  void draw() {
    if (ansi) {
      out.print(ANSI_HOME_AND_CLEAR);
    }
    out.print(frame(meeting.session(), meeting.pacing()));
    out.flush();
  }

  /** Returns the screen for a pacing. */
  String frame(MeetingSession session, Pacing pacing) {
    StringBuilder text = new StringBuilder();
    text.append("twentyminute coach: ").append(AgendaText.headline(agenda)).append('\n');
    MeetingPlan plan = agenda.plan();
    String where = pacing.currentPhase().map(phase -> phase + ", phase "
        + (plan.indexOf(phase) + 1) + " of " + plan.phases().size()).orElse("no phase");
    text.append(pacing.status()).append("  ").append(where).append('\n');
    pacing.currentPhase().ifPresent(phase -> {
      Duration of = phaseTime(pacing.phase(phase));
      text.append("  phase    ").append(bar(pacing.phaseElapsed(), of))
          .append("  ").append(PlanText.minutes(pacing.phaseElapsed())).append(" of ")
          .append(PlanText.minutes(of)).append(", ")
          .append(left(pacing.phaseElapsed(), of)).append('\n');
    });
    Duration budget = plan.budget();
    text.append("  meeting  ").append(bar(pacing.meetingElapsed(), budget)).append("  ")
        .append(PlanText.minutes(pacing.meetingElapsed())).append(" of ")
        .append(PlanText.minutes(budget)).append(", ").append(left(pacing.meetingElapsed(), budget))
        .append(" (ceiling in ").append(PlanText.minutes(pacing.ceilingRemaining())).append(")\n");
    text.append("  pace     ").append(pace(pacing)).append('\n');
    pacing.currentItem().ifPresent(item -> text.append("  now      ").append(item.id())
        .append("  ").append(item.text()).append(" (").append(PlanText.minutes(item.planned()))
        .append(")\n"));
    pacing.currentPhase().ifPresent(phase -> {
      PhasePlan phasePlan = plan.requirePhase(phase);
      if (!phasePlan.cues().isEmpty()) {
        text.append("  cues    ");
        for (Cue cue : phasePlan.cues()) {
          text.append(session.isCueDone(cue.id()) ? " [x] " : " [ ] ").append(cue.id());
        }
        text.append('\n');
      }
    });
    List<Nudge> nudges = pacing.nudges();
    for (Nudge nudge : nudges) {
      text.append("  nudge    ").append(nudge.message()).append('\n');
    }
    text.append("  > ").append(last).append('\n');
    text.append(keyHint).append('\n');
    if (!ansi) {
      text.append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the time a phase has: its re-planned allotment while it lasts; once used up (the
   * pacing then allots exactly the time taken), the smaller of allotment and plan, so an overrun
   * shows as over.
   */
  static Duration phaseTime(PhasePace pace) {
    if (pace.actual().compareTo(pace.allotted()) < 0) {
      return pace.allotted();
    }
    return pace.planned().compareTo(pace.allotted()) < 0 ? pace.planned() : pace.allotted();
  }

  /** Returns where the meeting stands against its plan and why, such as "behind 1:00: ...". */
  static String pace(Pacing pacing) {
    StringBuilder text = new StringBuilder(pacing.reason().message());
    for (int i = 0; i < pacing.driftReasons().size(); i++) {
      text.append(i == 0 ? ": " : "; ").append(pacing.driftReasons().get(i).message());
    }
    return text.toString();
  }

  static String bar(Duration elapsed, Duration total) {
    long filled = total.isZero() ? BAR
        : Math.min(BAR, elapsed.toMillis() * BAR / Math.max(1, total.toMillis()));
    return "[" + "#".repeat((int) filled) + "-".repeat(BAR - (int) filled) + "]";
  }

  static String left(Duration elapsed, Duration total) {
    Duration left = total.minus(elapsed);
    return left.isNegative() ? PlanText.minutes(left.negated()) + " over"
        : PlanText.minutes(left) + " left";
  }
}
