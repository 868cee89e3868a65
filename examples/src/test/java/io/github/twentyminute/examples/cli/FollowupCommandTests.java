package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
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
    FollowUpScore score = FollowUpScorer.standard().score(DemoMeeting.followUp(),
        Instant.parse("2026-03-14T15:21:10Z"));
    assertThat(cli.out()).isEqualTo(file + ": follow-up with Dana Reyes after the meeting that"
        + " ended 2026-03-10 15:21 UTC\n" + score.summary().replace(System.lineSeparator(), "\n")
        + "\n");
    assertThat(score.total()).isEqualTo(55);
  }

  @Test
  void printsInTheLanguageItIsAskedFor() {
    Path file = followUp();
    Instant asOf = Instant.parse("2026-03-14T15:21:10Z");

    Cli german = Cli.run("followup", file.toString(), "--as-of", asOf.toString(), "--locale", "de");
    Cli swiss = Cli.run("followup", file.toString(), "--as-of", asOf.toString(), "--locale",
        "de-CH");
    Cli japanese = Cli.run("followup", file.toString(), "--as-of", asOf.toString(), "--locale",
        "ja");

    FollowUpScore score = FollowUpScorer.standard().score(DemoMeeting.followUp(), asOf);
    assertThat(german.exitCode()).isZero();
    assertThat(german.out()).endsWith("\n" + score.summary(Locale.GERMAN)
        .replace(System.lineSeparator(), "\n") + "\n")
        .contains("\nNachfassen 55/100, Stand 2026-03-14 15:21 UTC: 2 erledigt, 3 offen,"
            + " 0 überfällig\n")
        .doesNotContain("{");
    assertThat(swiss.out()).isEqualTo(german.out());
    assertThat(japanese.out()).isEqualTo(Cli.run("followup", file.toString(), "--as-of",
        asOf.toString()).out());
  }

  @Test
  void aLocaleThatIsNotALanguageTagIsOneLine() {
    Cli cli = Cli.run("followup", followUp().toString(), "--locale", "not a tag");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly("twentyminute followup: Invalid value for option"
        + " '--locale': expected a language tag such as en or de, but was 'not a tag' (see"
        + " 'twentyminute followup --help')");
  }

  @Test
  void aLaterAsOfShowsWhatHasGoneOverdue() {
    Path file = followUp();

    Cli cli = Cli.run("followup", file.toString(), "--as-of", "2026-04-30");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("\nfollow-up 55/100 as of 2026-04-30 00:00 UTC: 2 done,"
        + " 1 pending, 2 overdue\n");
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
