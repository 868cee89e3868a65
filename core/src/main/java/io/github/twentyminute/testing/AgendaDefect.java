package io.github.twentyminute.testing;

import io.github.twentyminute.rules.BuiltInRules;

/**
 * One defect {@link AgendaGenerator#withDefect} can put into an otherwise valid agenda: one per
 * built-in rule, each tripping exactly that rule and no other.
 */
public enum AgendaDefect {
  /** The items add up to more than the budget but stay within the hard ceiling. */
  BUDGET_TOTAL(BuiltInRules.BUDGET_TOTAL),
  /** The items add up to more than a hard ceiling set just above the budget. */
  BUDGET_CEILING(BuiltInRules.BUDGET_CEILING),
  /** The discussion is planned for less than its time box's minimum. */
  PHASE_TIMEBOX(BuiltInRules.PHASE_TIMEBOX),
  /** One question is moved after the ending's items. */
  PHASE_ORDER(BuiltInRules.PHASE_ORDER),
  /** The overview phase has no items. */
  PHASE_REQUIRED(BuiltInRules.PHASE_REQUIRED),
  /** One item is planned for no time; a sibling in its phase takes its time. */
  ITEM_DURATION(BuiltInRules.ITEM_DURATION),
  /** The discussion has too few questions, or more than its time holds. */
  DISCUSSION_QUESTIONS(BuiltInRules.DISCUSSION_QUESTIONS),
  /** The counterpart has no role, no organisation, or too few research notes. */
  HOMEWORK_COUNTERPART(BuiltInRules.HOMEWORK_COUNTERPART),
  /** One question links no research note. */
  HOMEWORK_QUESTIONS_LINKED(BuiltInRules.HOMEWORK_QUESTIONS_LINKED),
  /** The career overview is empty or too long to say in its time. */
  OVERVIEW_LENGTH(BuiltInRules.OVERVIEW_LENGTH),
  /** The career overview lists too many years, or never says why you asked. */
  OVERVIEW_NOT_RESUME(BuiltInRules.OVERVIEW_NOT_RESUME),
  /** The opening or closing thanks is missing, or you have not thanked them for agreeing. */
  GRATITUDE_BEFORE_AFTER(BuiltInRules.GRATITUDE_BEFORE_AFTER),
  /** The ending does not ask who else to talk to. */
  ENDING_ASK_FOR_NAMES(BuiltInRules.ENDING_ASK_FOR_NAMES),
  /** The ending does not ask how you can help. */
  ENDING_OFFER_HELP(BuiltInRules.ENDING_OFFER_HELP),
  /** One question or the purpose asks for a job. */
  DISCUSSION_NO_JOB_REQUEST(BuiltInRules.DISCUSSION_NO_JOB_REQUEST),
  /** The purpose is empty or far too long. */
  AGENDA_PURPOSE(BuiltInRules.AGENDA_PURPOSE);

  private final String ruleId;

  AgendaDefect(String ruleId) {
    this.ruleId = ruleId;
  }

  /**
   * Returns the id of the built-in rule this defect trips.
   *
   * @return the rule id, such as {@code budget.total}
   */
  public String ruleId() {
    return ruleId;
  }
}
