package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.testing.SampleMeeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTests {
  @TempDir Path dir;

  @Test
  void printsEachChangeWithItsReasonAndWritesTheFittedAgendaNextToTheFile() {
    Path file = ValidateCommandTests.write(dir.resolve("long.json"), ValidateCommandTests.overlong());

    Cli cli = Cli.run("fit", file.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).isEmpty();
    Path fitted = dir.resolve("long.fitted.json");
    assertThat(cli.out()).isEqualTo(file + ": meeting with Dana Reyes (Director of Claims"
        + " Analytics, Northwind Mutual): 13 items, 23:00 planned against a 20:00 budget\n"
        + "Changes (23:00 -> 20:00 against 20:00):\n"
        + "  shortened  q4    2:00 -> 1:30  shortened by 0:30: priority 2, the lowest left in"
        + " the discussion, to bring the agenda from 21:00 down to its 20:00 budget\n"
        + "  shortened  q5    2:00 -> 1:00  shortened by 0:30: priority 3, the lowest left in"
        + " the discussion, to bring the discussion from 17:00 down to its 15:00 maximum; then"
        + " shortened by 0:30: priority 3, the lowest left in the discussion, to bring the"
        + " agenda from 21:00 down to its 20:00 budget\n"
        + "  dropped    q6    1:30 -> 0:00  dropped: priority 3, the lowest left in the"
        + " discussion, to bring the discussion from 17:00 down to its 15:00 maximum\n"
        + "Result: fits: 23:00 brought to 20:00 against a 20:00 budget, every phase within its"
        + " time box; dropped 1 item, shortened 2 items\n"
        + "After fitting: valid: 0 errors, 0 warnings, 0 infos; 21 rules ran\n"
        + "Wrote " + fitted + "\n");
    Agenda written = TwentyMinuteJson.create().read(DocumentType.AGENDA, fitted);
    assertThat(written.totalPlanned()).isEqualTo(Duration.ofMinutes(20));
    assertThat(written.item("q6")).isEmpty();
    assertThat(written.item("q4").orElseThrow().planned()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void outDashPrintsOnlyTheFittedDocument() {
    Path file = ValidateCommandTests.write(dir.resolve("long.json"), ValidateCommandTests.overlong());

    Cli cli = Cli.run("fit", file.toString(), "--out", "-");

    assertThat(cli.exitCode()).isZero();
    Agenda printed = TwentyMinuteJson.create().read(DocumentType.AGENDA, cli.out());
    assertThat(printed.totalPlanned()).isEqualTo(Duration.ofMinutes(20));
    assertThat(printed.items()).hasSize(12);
    assertThat(dir.resolve("long.fitted.json")).doesNotExist();
  }

  @Test
  void anAgendaThatFitsIsWrittenUnchanged() {
    Path file = ValidateCommandTests.write(dir.resolve("dana.json"), SampleMeeting.agenda());
    Path target = dir.resolve("out").resolve("same.json");

    Cli cli = Cli.run("fit", file.toString(), "--out", target.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("\nNo changes needed.\nResult: fits as it is: 20:00 against"
        + " a 20:00 budget, every phase within its time box\n");
    assertThat(TwentyMinuteJson.create().read(DocumentType.AGENDA, target))
        .isEqualTo(SampleMeeting.agenda());
  }

  @Test
  void noFitExitsOneSaysWhyAndWritesNothing() {
    Path file = ValidateCommandTests.write(dir.resolve("long.json"), ValidateCommandTests.overlong());

    Cli cli = Cli.run("fit", file.toString(), "--budget", "10:00");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).endsWith("\nResult: no fit: the agenda cannot go below 18:00 against its"
        + " 10:00 budget: time-box minimums, must-keep items and phases that keep their time add"
        + " up to that\n");
    assertThat(dir.resolve("long.fitted.json")).doesNotExist();
  }

  @Test
  void noFitWithOutDashIsOneLineOnStandardError() {
    Path file = ValidateCommandTests.write(dir.resolve("long.json"), ValidateCommandTests.overlong());

    Cli cli = Cli.run("fit", file.toString(), "--budget", "10", "--out", "-");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).containsExactly("twentyminute fit: " + file + ": no fit: the"
        + " agenda cannot go below 18:00 against its 10:00 budget: time-box minimums, must-keep"
        + " items and phases that keep their time add up to that");
  }

  @Test
  void aBudgetThatIsNotADurationIsAUsageError() {
    Path file = ValidateCommandTests.write(dir.resolve("dana.json"), SampleMeeting.agenda());

    Cli cli = Cli.run("fit", file.toString(), "--budget", "soon");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly("twentyminute fit: Invalid value for option"
        + " '--budget': expected a duration such as 18:30 (minutes:seconds), 18 (minutes), 90s, 1m30s or"
        + " PT18M30S, but was 'soon' (see 'twentyminute fit --help')");
  }

  @Test
  void anUnwritableTargetIsOneLine() throws Exception {
    Path file = ValidateCommandTests.write(dir.resolve("long.json"), ValidateCommandTests.overlong());
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");

    Cli cli = Cli.run("fit", file.toString(), "--out", blocker.resolve("x.json").toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).containsExactly(
        "twentyminute fit: " + blocker + ": expected a directory, found a file");
  }
}
