package io.github.twentyminute.findings;

/**
 * How much a finding matters. A validation report with an {@link #ERROR} is not valid; warnings
 * and infos inform but do not block.
 *
 * <p>Constants are declared from the most to the least severe, so their natural order is the
 * order in which reports list findings. {@link #label()} is the lower-case word people and
 * documents see: {@code error}, {@code warning}, {@code info}.
 */
public enum Severity {
  /** The agenda or plan breaks the method or cannot work; it is not valid. */
  ERROR,
  /** Likely a mistake, or against the method's advice; still valid. */
  WARNING,
  /** Worth knowing; still valid. */
  INFO

  ;

  /**
   * Returns the lower-case word for this severity: {@code error}, {@code warning} or
   * {@code info}, as documents and summaries show it.
   *
   * @return the label, never blank
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
