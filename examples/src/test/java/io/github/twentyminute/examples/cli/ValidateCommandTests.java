package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTests {
  @TempDir Path dir;

  static Path write(Path file, Agenda agenda) {
    TwentyMinuteJson.create().write(DocumentType.AGENDA, agenda, file);
    return file;
  }

  /** The sample agenda with question q1 stretched from 3:00 to 6:00. */
  static Agenda overlong() {
    Agenda sample = SampleMeeting.agenda();
    List<AgendaItem> items = new ArrayList<>(sample.items());
    int q1 = sample.indexOf("q1");
    items.set(q1, items.get(q1).withPlanned(Duration.ofMinutes(6)));
    return sample.withItems(items);
  }

  @Test
  void validAgendaExitsZeroWithTheReport() {
    Path file = write(dir.resolve("dana.json"), SampleMeeting.agenda());

    Cli cli = Cli.run("validate", "--builtin-only", file.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).isEmpty();
    assertThat(cli.out()).isEqualTo(file + ": meeting with Dana Reyes (Director of Claims"
        + " Analytics, Northwind Mutual): 13 items, 20:00 planned against a 20:00 budget\n"
        + "valid: 0 errors, 0 warnings, 0 infos; 21 rules ran\n");
  }

  @Test
  void invalidAgendaExitsOneAndSaysWhatWasExpectedAndFound() {
    Path file = write(dir.resolve("long.json"), overlong());

    Cli cli = Cli.run("validate", "--builtin-only", file.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEmpty();
    assertThat(cli.out()).isEqualTo(file + ": meeting with Dana Reyes (Director of Claims"
        + " Analytics, Northwind Mutual): 13 items, 23:00 planned against a 20:00 budget\n"
        + "not valid: 2 errors, 0 warnings, 0 infos; 21 rules ran\n"
        + "  error budget.total at items: agenda planned for 23:00; the plan's budget is 20:00\n"
        + "      Cut 3:00 to keep to the 20:00 you promised: shorten or drop your"
        + " lowest-priority items, such as q6 (1:30)\n"
        + "  error phase.timebox at phases[discussion]: discussion planned for 17:00; its time"
        + " box allows 12:00 to 15:00\n"
        + "      Shorten discussion by 2:00, starting with its lowest-priority items\n");
  }

  @Test
  void anAgendaWhosePlanPassesItsHardCeilingIsReportedUnderPlanCeiling() {
    Agenda sample = SampleMeeting.agenda();
    Agenda agenda = Agenda.builder().from(sample).plan(MeetingPlan.builder()
        .from(sample.plan()).hardCeiling(Duration.ofMinutes(18)).build()).build();
    Path file = write(dir.resolve("ceiling.json"), agenda);

    Cli cli = Cli.run("validate", "--builtin-only", file.toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(cli.out()).contains("\n  error plan.ceiling at plan.budget: ");
    Cli json = Cli.run("validate", "--json", "--builtin-only", file.toString());
    assertThat(json.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(json.out()).contains("\"plan.ceiling\"");
  }

  @Test
  void printsTheReportInTheLanguageOfTheLocale() {
    Agenda sample = SampleMeeting.agenda();
    Agenda agenda = Agenda.builder().from(sample).plan(MeetingPlan.builder()
        .from(sample.plan()).hardCeiling(Duration.ofMinutes(18)).build()).build();
    Path file = write(dir.resolve("ceiling.json"), agenda);

    Cli cli = Cli.run("validate", "--builtin-only", "--locale", "de", file.toString());

    assertThat(cli.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(cli.out()).startsWith(file + ": Treffen mit Dana Reyes (Director of Claims"
        + " Analytics, Northwind Mutual): 13 Punkte, 20:00 geplant bei einem Budget von 20:00\n"
        + "nicht gültig: 2 Fehler, 0 Warnungen, 0 Hinweise; 21 Regeln geprüft\n");
    assertThat(cli.out()).contains("\n  Fehler plan.ceiling bei plan.budget: ")
        .doesNotContain("{");
  }

  @Test
  void refusesALocaleThatIsNoLanguageTag() {
    Path file = write(dir.resolve("dana.json"), SampleMeeting.agenda());

    Cli cli = Cli.run("validate", "--locale", "not a tag", file.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--locale must be a language tag such as en or de, but was"
        + " \"not a tag\"");
  }

  @Test
  void jsonReportOfAValidAgendaListsEveryRuleThatRan() {
    Path file = write(dir.resolve("dana.json"), SampleMeeting.agenda());

    Cli cli = Cli.run("validate", "--json", "--builtin-only", file.toString());

    assertThat(cli.exitCode()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(cli.out());
    assertThat(report.get("format").asString()).isEqualTo("twentyminute/report@2");
    assertThat(report.has("valid")).isFalse();
    assertThat(report.get("rulesRun")).hasSize(21);
    assertThat(report.get("rulesRun").get(0).asString()).isEqualTo("plan.phases");
    assertThat(report.get("findings")).isEmpty();
  }

  @Test
  void jsonReportOfAnInvalidAgendaCarriesEachFindingWithItsArguments() {
    Path file = write(dir.resolve("long.json"), overlong());

    Cli cli = Cli.run("validate", "--json", "--builtin-only", file.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    JsonNode report = JsonMapper.builder().build().readTree(cli.out());
    assertThat(report.get("findings")).hasSize(2);
    JsonNode first = report.get("findings").get(0);
    assertThat(first.get("id").asString()).isEqualTo("budget.total");
    assertThat(first.get("severity").asString()).isEqualTo("error");
    assertThat(first.get("location").asString()).isEqualTo("items");
    assertThat(first.get("key").asString()).isEqualTo("budget.total");
    assertThat(first.get("arguments").get(0).get("name").asString()).isEqualTo("planned");
    assertThat(first.get("arguments").get(0).get("type").asString()).isEqualTo("duration");
    assertThat(first.get("arguments").get(0).get("value").asString()).isEqualTo("PT23M");
    assertThat(first.get("message").asString()).isNotBlank();
    JsonNode second = report.get("findings").get(1);
    assertThat(second.get("id").asString()).isEqualTo("phase.timebox");
    assertThat(second.get("location").asString()).isEqualTo("phases[discussion]");
    assertThat(second.get("hint").asString()).isNotBlank();
    assertThat(TwentyMinuteJson.create().read(DocumentType.REPORT, cli.out()).findings())
        .extracting(f -> f.id()).containsExactly("budget.total", "phase.timebox");
  }

  @Test
  void rulesOnTheClassPathRunAfterTheBuiltInOnes() {
    Path file = write(dir.resolve("stretched.json"),
        io.github.twentyminute.examples.CustomRuleExample.stretchedAgenda());

    Cli cli = Cli.run("validate", file.toString());

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).endsWith("\nvalid: 0 errors, 1 warning, 0 infos; 22 rules ran\n"
        + "  warning example.no-long-discussion-items at items[4].planned: q1 is planned for"
        + " 6:00; expected at most 5:00 for a discussion item\n"
        + "      Split q1 into two questions, or shorten it to 5:00\n");
  }

  @Test
  void missingFileExitsTwoWithOneLine() {
    Cli cli = Cli.run("validate", dir.resolve("nope.json").toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).containsExactly(
        "twentyminute validate: " + dir.resolve("nope.json") + ": no such file");
  }

  @Test
  void directoryExitsTwoWithOneLine() {
    Cli cli = Cli.run("validate", dir.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly(
        "twentyminute validate: " + dir + ": expected a JSON file, found a directory");
  }

  @Test
  void malformedJsonExitsTwoNamingFileLineAndColumn() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"),
        "{\n  \"format\": \"twentyminute/agenda@1\",\n  \"purpose\": tru\n}\n");

    Cli cli = Cli.run("validate", file.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).hasSize(1);
    assertThat(cli.errLines()[0]).startsWith("twentyminute validate: " + file + ": at /")
        .endsWith(" (line 3, column 14): expected well-formed JSON: Unrecognized token 'tru':"
            + " was expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
            + " 'false')");
  }

  @Test
  void wrongDocumentTypeExitsTwoSayingWhatWasExpected() {
    Path file = dir.resolve("plan.json");
    TwentyMinuteJson.create().write(DocumentType.PLAN, MeetingPlans.twentyMinute(), file);

    Cli cli = Cli.run("validate", file.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly("twentyminute validate: " + file
        + ": at /format (line 2, column 13): expected an agenda document, format"
        + " \"twentyminute/agenda@2\", found a plan document, format \"twentyminute/plan@2\"");
  }

  @Test
  void wrongFieldTypeExitsTwoWithItsJsonPointer() throws IOException {
    Path file = write(dir.resolve("dana.json"), SampleMeeting.agenda());
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("\"PT30S\"", "30"));

    Cli cli = Cli.run("validate", file.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly("twentyminute validate: " + file
        + ": at /items/0/planned (line 149, column 18): expected an ISO-8601 duration such as"
        + " \"PT2M30S\", found the number 30");
  }

  @Test
  void debugAddsTheStackTraceAfterTheLine() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.json"), "");

    Cli cli = Cli.run("validate", "--debug", file.toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()[0]).isEqualTo("twentyminute validate: " + file + ": at the"
        + " document root (line 1, column 0): expected an object, found the end of the document");
    assertThat(cli.errLines()[1])
        .startsWith("io.github.twentyminute.json.WrongTypeException: " + file + ": ");
    assertThat(cli.errLines()).anyMatch(line -> line.startsWith("\tat "));
  }

  @Test
  void missingFileArgumentIsAUsageError() {
    Cli cli = Cli.run("validate");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly("twentyminute validate: Missing required"
        + " parameter: 'FILE' (see 'twentyminute validate --help')");
  }
}
