package io.github.twentyminute.followup;

/** Formats points in the reasons and summaries of this package, and rounds points. */
final class Texts {
  private Texts() {}

  static int shareOf(int points, long part, long whole) {
    return (int) ((2L * points * part + whole) / (2L * whole));
  }

  static String points(int earned, int possible) {
    return earned + " of " + possible + (possible == 1 ? " point" : " points");
  }
}
