package io.github.twentyminute.followup;

/**
 * The kinds of follow-up task a meeting creates, each with its own window in a
 * {@link FollowUpPolicy}.
 *
 * <p>Every meeting creates one {@link #THANK_YOU_NOTE} and one {@link #NEXT_TOUCHPOINT}; the
 * other kinds come from what was said and promised on both sides: one task per name you were
 * given, per thing you promised or offered, per offer of theirs, per piece of advice you act on.
 */
public enum FollowUpKind {
  /** Send a thank-you note in writing. */
  THANK_YOU_NOTE("thank-you-note", "thank-you note"),
  /** Contact a name you were given, saying who suggested it. */
  CONTACT_REFERRAL("contact-referral", "contact the name you were given"),
  /** Deliver what you promised or offered them. */
  DELIVER_PROMISE("deliver-promise", "deliver what you promised"),
  /** Take them up on something they offered you, such as an introduction. */
  TAKE_UP_OFFER("take-up-offer", "take up their offer"),
  /** Act on their advice and tell them how it went. */
  REPORT_BACK("report-back", "report back on their advice"),
  /** Get back in touch, so the relationship does not go cold. */
  NEXT_TOUCHPOINT("next-touchpoint", "next touchpoint");

  private final String id;
  private final String label;

  FollowUpKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /**
   * Returns the stable id of the kind, such as {@code thank-you-note}.
   *
   * @return the id: lower-case words joined by hyphens
   */
  public String id() {
    return id;
  }

  /**
   * Returns a short label for people, such as "thank-you note".
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Checks if every meeting has exactly one task of this kind, rather than one per commitment.
   *
   * @return true for {@link #THANK_YOU_NOTE} and {@link #NEXT_TOUCHPOINT}
   */
  public boolean isOncePerMeeting() {
    return this == THANK_YOU_NOTE || this == NEXT_TOUCHPOINT;
  }

  /**
   * Obtains the kind with a stable id.
   *
   * @param id the id, such as {@code report-back}; not null
   * @return the kind
   * @throws IllegalArgumentException if no kind has that id
   */
  public static FollowUpKind ofId(String id) {
    for (FollowUpKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    StringBuilder known = new StringBuilder();
    for (FollowUpKind kind : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(kind.id);
    }
    throw new IllegalArgumentException(
        "follow-up kind must be one of " + known + ", but was \"" + id + "\"");
  }
}
