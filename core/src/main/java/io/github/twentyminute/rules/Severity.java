package io.github.twentyminute.rules;

/**
 * How much a violation matters. A report with an {@link #ERROR} is not valid; warnings and notes
 * inform but do not block.
 *
 * <p>Constants are declared from the most to the least severe, so their natural order is the
 * order in which a {@link ValidationReport} lists violations.
 */
public enum Severity {
  /** The agenda or plan breaks the method or cannot work; it is not valid. */
  ERROR,
  /** Likely a mistake, or against the method's advice; still valid. */
  WARNING,
  /** Worth knowing; still valid. */
  INFO
}
