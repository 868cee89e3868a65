package io.github.twentyminute.examples.cli;

/** The tool's exit codes, listed in its help. */
final class ExitCodes {
  /** The command did its job and found nothing wrong. */
  static final int OK = 0;
  /** The command did its job and found errors: an invalid agenda, an infeasible plan. */
  static final int FINDINGS = 1;
  /** The input could not be used: a usage error, a missing or unreadable file, bad JSON. */
  static final int BAD_INPUT = 2;
  /** The tool failed for a reason of its own; run again with --debug for the stack trace. */
  static final int SOFTWARE = 70;

  private ExitCodes() {}
}
