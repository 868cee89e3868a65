package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents whose values the library cannot hold are bad input: exit 2 and one line naming the
 * place, never the tool's own failure (exit 70).
 */
class OutOfRangeInputTests {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void anAgendaWhoseItemsWouldOverflowTheirSumIsBadInput() throws IOException {
    String agenda = TwentyMinuteJson.create().write(DocumentType.AGENDA, SampleMeeting.agenda())
        .replaceAll("\"planned\": \"[^\"]*\"", "\"planned\": \"P99999999999999D\"");
    Path file = file("huge.json", agenda);

    Cli cli = Cli.run("validate", "--builtin-only", file.toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(cli.err().strip()).doesNotContain("\n").contains("/items/0/planned");
  }

  @Test
  void aFollowUpWindowPastTheLastInstantIsBadInput() throws IOException {
    String followUp = TwentyMinuteJson.create()
        .write(DocumentType.FOLLOW_UP, DemoMeeting.followUp())
        .replaceFirst("\"maximum\": \"[^\"]*\"", "\"maximum\": \"PT999999999999999H\"");
    Path file = file("window.json", followUp);

    Cli cli = Cli.run("followup", file.toString(), "--as-of", "2026-03-14T15:21:10Z");

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(cli.err().strip()).doesNotContain("\n").contains("/maximum");
  }

  @Test
  void anIdOfAMillionSpacesGivesOneLineQuickly() throws IOException {
    String agenda = TwentyMinuteJson.create().write(DocumentType.AGENDA, SampleMeeting.agenda())
        .replaceFirst("\"id\": \"[^\"]*\"", "\"id\": \"" + " ".repeat(1 << 20) + "\"");
    Path file = file("spaces.json", agenda);

    Cli cli = Cli.run("validate", "--builtin-only", file.toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(cli.err().strip()).doesNotContain("\n").hasSizeLessThan(4_000);
  }
}
