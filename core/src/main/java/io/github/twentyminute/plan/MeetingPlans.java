package io.github.twentyminute.plan;

import java.time.Duration;

/**
 * The built-in meeting plans: the book's 20-minute plan and a 30-minute variant. Build other
 * plans, such as a 45-minute panel visit, with {@link MeetingPlan#builder()}, reusing the cues
 * and phases here if you like.
 *
 * <p>This class is stateless and thread-safe; each call returns an equal, immutable plan.
 */
public final class MeetingPlans {
  /** Cue: thank them for their time, at the start. */
  public static final Cue THANKS_OPENING =
      Cue.required("thanks.opening", "Thank them for making the time to meet");
  /** Cue: some small talk to open (optional). */
  public static final Cue SMALL_TALK =
      Cue.optional("intro.small-talk", "A moment of small talk to open");
  /** Cue: state why you asked for the meeting and that you will keep to the time promised. */
  public static final Cue PURPOSE =
      Cue.required("intro.purpose", "Say why you asked for the meeting and that you will keep to"
          + " the time you promised");
  /** Cue: the career overview that leads to why you asked. */
  public static final Cue CAREER_OVERVIEW =
      Cue.required("overview.career", "Give your career overview, leading to why you asked to"
          + " meet; not your whole resume");
  /** Cue: guide the conversation with your prepared questions, best first. */
  public static final Cue PREPARED_QUESTIONS =
      Cue.required("discussion.prepared-questions", "Guide the conversation with your prepared"
          + " questions, the most important first; do not ask for a job");
  /** Cue: ask who else you should talk to. */
  public static final Cue ASK_FOR_NAMES =
      Cue.required("ending.ask-for-names", "Ask who else you should talk to, and whether you may"
          + " use their name");
  /** Cue: ask how you can help them. */
  public static final Cue OFFER_HELP =
      Cue.required("ending.offer-help", "Ask how you can help them, or offer what you know or"
          + " whom you know");
  /** Cue: thank them again, at the end. */
  public static final Cue THANKS_CLOSING =
      Cue.required("thanks.closing", "Thank them again for their time and their help");

  private MeetingPlans() {}

  /**
   * Returns the book's plan: a 20:00 budget (the promise) and a 30:00 hard ceiling.
   *
   * <table>
   *   <caption>Phases of the book's plan</caption>
   *   <tr><th>phase</th><th>min / target / max</th><th>cues</th></tr>
   *   <tr><td>introduction</td><td>1:00 / 2:00 / 2:00</td>
   *       <td>thanks.opening, intro.small-talk (optional), intro.purpose</td></tr>
   *   <tr><td>overview</td><td>1:00 / 2:00 / 3:00</td><td>overview.career</td></tr>
   *   <tr><td>discussion</td><td>12:00 / 14:00 / 15:00</td>
   *       <td>discussion.prepared-questions</td></tr>
   *   <tr><td>ending</td><td>2:00 / 2:00 / 3:00, keeps its time</td>
   *       <td>ending.ask-for-names, ending.offer-help, thanks.closing</td></tr>
   * </table>
   *
   * <p>Introduction and overview together are limited to 4:00. The discussion absorbs overruns;
   * the ending keeps its time. The maximums add up to 23:00, past the budget: the boxes alone do
   * not make a meeting fit, which is why agendas are checked against the budget too.
   *
   * @return the book's plan
   */
  public static MeetingPlan twentyMinute() {
    return MeetingPlan.builder()
        .name("The 20-minute networking meeting")
        .budget(Duration.ofMinutes(20))
        .hardCeiling(Duration.ofMinutes(30))
        .addPhase(introduction(TimeBox.ofMinutes(1, 2, 2)))
        .addPhase(overview(TimeBox.ofMinutes(1, 2, 3)))
        .addPhase(discussion(TimeBox.ofMinutes(12, 14, 15)))
        .addPhase(ending(TimeBox.ofMinutes(2, 2, 3)))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();
  }

  /**
   * Returns a 30-minute variant of the book's plan, for when the counterpart offers half an
   * hour: a 30:00 budget and a 35:00 hard ceiling (five minutes' grace, never more).
   *
   * <table>
   *   <caption>Phases of the 30-minute plan</caption>
   *   <tr><th>phase</th><th>min / target / max</th></tr>
   *   <tr><td>introduction</td><td>1:00 / 2:00 / 3:00</td></tr>
   *   <tr><td>overview</td><td>2:00 / 3:00 / 4:00</td></tr>
   *   <tr><td>discussion</td><td>18:00 / 21:00 / 23:00</td></tr>
   *   <tr><td>ending</td><td>3:00 / 4:00 / 5:00, keeps its time</td></tr>
   * </table>
   *
   * <p>Introduction and overview together are limited to 6:00. The cues are the book's.
   *
   * @return the 30-minute plan
   */
  public static MeetingPlan thirtyMinute() {
    return MeetingPlan.builder()
        .name("The 30-minute networking meeting")
        .budget(Duration.ofMinutes(30))
        .hardCeiling(Duration.ofMinutes(35))
        .addPhase(introduction(TimeBox.ofMinutes(1, 2, 3)))
        .addPhase(overview(TimeBox.ofMinutes(2, 3, 4)))
        .addPhase(discussion(TimeBox.ofMinutes(18, 21, 23)))
        .addPhase(ending(TimeBox.ofMinutes(3, 4, 5)))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(6), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();
  }

  /**
   * Returns the book's introduction phase with another time box.
   *
   * @param timeBox the time box, not null
   * @return the phase: small talk, thanks and purpose
   */
  public static PhasePlan introduction(TimeBox timeBox) {
    return PhasePlan.builder()
        .id(PhaseId.INTRODUCTION)
        .title("Introduction")
        .purpose("Small talk, thanks for the time, and the purpose of the meeting")
        .timeBox(timeBox)
        .addCues(THANKS_OPENING, SMALL_TALK, PURPOSE)
        .build();
  }

  /**
   * Returns the book's overview phase with another time box.
   *
   * @param timeBox the time box, not null
   * @return the phase: your career overview
   */
  public static PhasePlan overview(TimeBox timeBox) {
    return PhasePlan.builder()
        .id(PhaseId.OVERVIEW)
        .title("Overview")
        .purpose("Your career overview, leading to why you asked for the meeting")
        .timeBox(timeBox)
        .addCue(CAREER_OVERVIEW)
        .build();
  }

  /**
   * Returns the book's discussion phase with another time box; it absorbs overruns.
   *
   * @param timeBox the time box, not null
   * @return the phase: your prepared questions
   */
  public static PhasePlan discussion(TimeBox timeBox) {
    return PhasePlan.builder()
        .id(PhaseId.DISCUSSION)
        .title("Discussion")
        .purpose("The questions you prepared, tied to their background; you guide it")
        .timeBox(timeBox)
        .addCue(PREPARED_QUESTIONS)
        .absorbsOverruns(true)
        .build();
  }

  /**
   * Returns the book's ending phase with another time box; it keeps its time.
   *
   * @param timeBox the time box, not null
   * @return the phase: names, how you can help, thanks
   */
  public static PhasePlan ending(TimeBox timeBox) {
    return PhasePlan.builder()
        .id(PhaseId.ENDING)
        .title("Ending")
        .purpose("Ask for names, ask how you can help them, and thank them")
        .timeBox(timeBox)
        .addCues(ASK_FOR_NAMES, OFFER_HELP, THANKS_CLOSING)
        .keepsItsTime(true)
        .build();
  }
}
