package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JournalExampleTests {

  @Test
  void summarisesSevenMeetingsThenEight() {
    String printed = TourTests.captureStandardOutput(() -> JournalExample.main(new String[0]));

    assertThat(printed).startsWith(""
        + "After seven meetings: Journal as of 2026-06-22 12:00 UTC: 7 meetings with 6 people,"
        + " 18:30 over budget in total\n"
        + "  sql: 3 people, 4 insights\n"
        + "  hiring-from-operations: 3 people, 3 insights\n"
        + "  domain-knowledge: 2 people, 2 insights\n"
        + "After eight:\n"
        + "Journal as of 2026-06-22 12:00 UTC: 8 meetings with 7 people, 18:30 over budget in"
        + " total\n"
        + "Recurring insights:\n"
        + "  sql: 3 people, 4 insights: Dana Reyes, Kim Lo, Lee Park\n");
    assertThat(printed).contains("\nReferrals: 6 names given, 3 became meetings, 2 chains\n"
        + "  Dana Reyes -> Lee Park -> Kim Lo\n"
        + "  Tom Becker -> Ana Souza\n");
    assertThat(printed).contains("\nFollow-up scores: 74 87 48 75 67 0 56 50\n");
    assertThat(printed).endsWith("\nMost urgent touchpoint: Tom Becker OVERDUE, last"
        + " 2026-03-21T10:19:30Z (m3 thank-you-note), ideal 2026-05-20T10:19:30Z, maximum"
        + " 2026-06-19T10:19:30Z\n");
  }
}
