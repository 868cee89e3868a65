package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowupCommandTests {
  @TempDir Path dir;

  Path followUp() {
    Path file = dir.resolve("dana.followup.json");
    TwentyMinuteJson.create().write(DocumentType.FOLLOW_UP, DemoMeeting.followUp(), file);
    return file;
  }

  @Test
  void printsTheScoreItsReasonsAndWhatToDoNext() {
    Path file = followUp();

    Cli cli = Cli.run("followup", file.toString(), "--as-of", "2026-03-14T15:21:10Z");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).isEmpty();
    assertThat(cli.out()).isEqualTo(file + ": follow-up with Dana Reyes after the meeting that"
        + " ended 2026-03-10T15:21:10Z\n"
        + "follow-up 99/100 as of 2026-03-14T15:21:10Z: 2 done, 3 pending, 0 overdue\n"
        + "   28/28  Send Dana Reyes a thank-you note\n"
        + "          done 20:00:00 after the meeting, within the ideal 1 day: 28 of 28 points\n"
        + "   27/27  Deliver what you promised: Send the claims-delay report\n"
        + "          done 2 days after the meeting, within the ideal 2 days: 27 of 27 points\n"
        + "   17/18  Contact Lee Park (Head of Data, Harbor Insurance): how Harbor moved"
        + " adjusters into analytics\n"
        + "          not done yet, 4 days after the meeting, 1 day past the ideal 3 days; done"
        + " now it earns 17 of 18 points, falling to 9 at the maximum 14 days (by"
        + " 2026-03-24T15:21:10Z, 10 days left)\n"
        + "   18/18  Act on their advice and report back: Take the SQL course before applying\n"
        + "          not done yet; ideal within 14 days after the meeting (by"
        + " 2026-03-24T15:21:10Z, 10 days left), maximum 30 days: pending, 18 of 18 points so"
        + " far\n"
        + "    9/9   Get back in touch with Dana Reyes\n"
        + "          not done yet; ideal within 60 days after the meeting (by"
        + " 2026-05-09T15:21:10Z, 56 days left), maximum 90 days: pending, 9 of 9 points so"
        + " far\n"
        + "Next:\n"
        + "  1. Contact Lee Park (Head of Data, Harbor Insurance): how Harbor moved adjusters"
        + " into analytics now: worth 17 of 18 points, less the longer it waits, until"
        + " 2026-03-24T15:21:10Z (10 days left)\n"
        + "  2. Act on their advice and report back: Take the SQL course before applying by"
        + " 2026-03-24T15:21:10Z (10 days left) for all 18 points\n"
        + "  3. Get back in touch with Dana Reyes by 2026-05-09T15:21:10Z (56 days left) for all"
        + " 9 points\n");
  }

  @Test
  void aLaterAsOfCostsPointsForWhatIsStillNotDone() {
    Path file = followUp();

    Cli cli = Cli.run("followup", file.toString(), "--as-of", "2026-04-30");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("\nfollow-up 64/100 as of 2026-04-30T00:00:00Z: ");
  }

  @Test
  void anAsOfThatIsNotAnInstantIsOneLine() {
    Cli cli = Cli.run("followup", followUp().toString(), "--as-of", "next week");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly("twentyminute followup: Invalid value for option"
        + " '--as-of': expected an instant such as 2026-03-13T17:00:00Z, a UTC date and time such"
        + " as 2026-03-13T17:00, or a date such as 2026-03-13, but was 'next week' (see"
        + " 'twentyminute followup --help')");
  }

  @Test
  void anAgendaGivenAsAFollowUpIsOneLineSayingWhatWasExpected() throws IOException {
    Path file = ValidateCommandTests.write(dir.resolve("agenda.json"), DemoMeeting.agenda());

    Cli cli = Cli.run("followup", file.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).hasSize(1);
    assertThat(cli.errLines()[0]).isEqualTo("twentyminute followup: " + file + ": at /format"
        + " (line 2, column 13): expected a followup document, format"
        + " \"twentyminute/followup@1\", found an agenda document, format"
        + " \"twentyminute/agenda@2\"");
    assertThat(Files.exists(file)).isTrue();
  }
}
