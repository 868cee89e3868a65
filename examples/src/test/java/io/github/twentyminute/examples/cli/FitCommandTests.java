package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.testing.SampleMeeting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
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
    List<String> lines = cli.out().lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo(file + ": meeting with Dana Reyes (Director of Claims"
        + " Analytics, Northwind Mutual): 13 items, 23:00 planned against a 20:00 budget");
    assertThat(lines.get(1)).isEqualTo("Changes (23:00 -> 20:00 against 20:00):");
    assertThat(lines.subList(2, 8)).extracting(l -> l.trim().split(" ")[0] + " "
        + l.trim().split(" ")[1]).containsExactly("shortened q4", "because the", "shortened q5",
            "because the", "dropped q6", "because the");
    assertThat(lines.get(5)).contains("; then ");
    assertThat(lines.get(8)).startsWith("Result: fits: 23:00 brought to 20:00 ");
    assertThat(lines.subList(9, lines.size())).containsExactly(
        "After fitting: valid: 0 errors, 0 warnings, 0 infos; 21 rules ran", "Wrote " + fitted);
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
    assertThat(cli.out()).contains("\nNo changes needed.\nResult: fits as it is: ");
    assertThat(TwentyMinuteJson.create().read(DocumentType.AGENDA, target))
        .isEqualTo(SampleMeeting.agenda());
  }

  @Test
  void noFitExitsOneSaysWhyAndWritesNothing() {
    Path file = ValidateCommandTests.write(dir.resolve("long.json"), ValidateCommandTests.overlong());

    Cli cli = Cli.run("fit", file.toString(), "--budget", "10:00");

    assertThat(cli.exitCode()).isEqualTo(1);
    List<String> lines = cli.out().lines().collect(Collectors.toList());
    assertThat(lines.get(1)).startsWith("Result: no fit: 23:00 ");
    assertThat(lines.get(2)).startsWith("  the agenda cannot go below 18:00, 8:00 over its 10:00");
    assertThat(lines.get(3)).startsWith("      Ask for at least 18:00");
    assertThat(lines).hasSize(4);
    assertThat(dir.resolve("long.fitted.json")).doesNotExist();
  }

  @Test
  void noFitWithOutDashIsOneLineOnStandardError() {
    Path file = ValidateCommandTests.write(dir.resolve("long.json"), ValidateCommandTests.overlong());

    Cli cli = Cli.run("fit", file.toString(), "--budget", "10", "--out", "-");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).hasSize(1);
    assertThat(cli.errLines()[0]).startsWith("twentyminute fit: " + file + ": no fit: 23:00 ")
        .contains(": the agenda cannot go below 18:00, 8:00 over its 10:00 budget");
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
