package io.github.twentyminute.followup;

/**
 * What {@link PreparationScorer} checks in an agenda before the meeting, each with its share of
 * the 100 points of a {@link PreparationScore}.
 */
public enum PreparationCheck {
  /** The counterpart is researched: enough research notes, each with its source. 25 points. */
  COUNTERPART_RESEARCHED("counterpart-researched", 25, "counterpart.notes"),
  /** The prepared questions are tied to the counterpart's background (linked notes). 25 points. */
  QUESTIONS_LINKED("questions-linked", 25, "items"),
  /** The career overview is written and can be said within the overview's target time. 20. */
  OVERVIEW_SPEAKABLE("overview-speakable", 20, "overview"),
  /** The purpose of the meeting is stated. 10 points. */
  PURPOSE_STATED("purpose-stated", 10, "purpose"),
  /** The steps of the preparation checklist are done. 20 points. */
  CHECKLIST_DONE("checklist-done", 20, "preparation.steps");

  private final String id;
  private final int points;
  private final String location;

  PreparationCheck(String id, int points, String location) {
    this.id = id;
    this.points = points;
    this.location = location;
  }

  /**
   * Returns the stable id, such as {@code questions-linked}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the id of the finding that explains a line of this check.
   *
   * @return {@code preparation.} and the id, such as {@code preparation.questions-linked}
   */
  public String findingId() {
    return "preparation." + id;
  }

  /**
   * Returns the check's share of the 100 points.
   *
   * @return the points; the shares of all checks add up to 100
   */
  public int points() {
    return points;
  }

  /** Returns where in the agenda the check looks, such as {@code counterpart.notes}. */
  String location() {
    return location;
  }
}
