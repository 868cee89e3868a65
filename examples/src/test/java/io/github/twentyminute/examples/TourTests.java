package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.Nudge;
import io.github.twentyminute.session.Pacing;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Java honest: every {@code ```java} block of README.md is a region of the
 * examples' sources (between {@code // readme:NAME} and {@code // end:NAME}), so it compiles;
 * the tour shows exactly the regions of {@link Tour}, in order; and the tour runs.
 */
class TourTests {
  static final Path README = Path.of("..", "README.md");
  static final Path SOURCES = Path.of("src");
  static final Path TOUR =
      Path.of("src", "main", "java", "io", "github", "twentyminute", "examples", "Tour.java");
  static final String TOUR_HEADING = "## A five-minute tour";

  @Test
  void everyJavaBlockOfTheReadmeIsARegionOfTheExamples() throws IOException {
    List<String> blocks = javaBlocks(Files.readString(README));
    Map<String, String> regions = regionsOfSources();

    assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThan(8);
    for (String block : blocks) {
      assertThat(regions.values()).as("regions of the examples' sources").contains(block);
    }
  }

  @Test
  void theTourShowsEveryRegionOfTourInOrder() throws IOException {
    List<String> blocks = javaBlocks(tourSection(Files.readString(README)));
    Map<String, String> regions = regions(Files.readString(TOUR));

    assertThat(blocks).containsExactlyElementsOf(regions.values());
  }

  @Test
  void regionsAreReadWithoutTheirIndentation() {
    String source = "class X {\n  void m() {\n    // readme:one\n    int a = 1;\n\n"
        + "      // nested comment\n    // end:one\n  }\n}\n";

    assertThat(regions(source))
        .containsExactly(Map.entry("one", "int a = 1;\n\n  // nested comment\n"));
  }

  @Test
  void tourRunsAndPrintsEachStep() {
    String printed = captureStandardOutput(() -> Tour.main(new String[0]));

    assertThat(printed).startsWith(""
        + "valid: 0 errors, 0 warnings, 0 infos; 5 rules ran\n"
        + "valid: 0 errors, 0 warnings, 0 infos; 5 rules ran\n"
        + "Dana Reyes: 13 items, 20 minutes planned, discussion 14 minutes\n"
        + "valid: 0 errors, 0 warnings, 0 infos; 21 rules ran\n"
        + "budget.total: agenda planned for 23:00; the plan's budget is 20:00\n"
        + "phase.timebox: discussion planned for 17:00; its time box allows 12:00 to 15:00\n"
        + "Agenda für 23:00 geplant; das Budget des Plans beträgt 20:00\n"
        + "items[4]: q1 is planned for 6 minutes; expected at most 4\n");
    Instant start = SampleMeeting.SCHEDULED_START;
    Pacing pacing = MeetingSession.of(SampleMeeting.agenda())
        .apply(SessionEvent.started(start))
        .apply(SessionEvent.phaseEntered(start.plusSeconds(190), PhaseId.OVERVIEW))
        .pacing(start.plusSeconds(330));
    assertThat(pacing.nudges()).extracting(Nudge::id)
        .containsExactly(Nudge.PHASE_OVER, Nudge.CUE_PENDING);
    assertThat(printed).contains("\n" + pacing + "\n  " + pacing.nudges().get(0).message()
        + "\n  " + pacing.nudges().get(1).message() + "\n" + pacing.summary(Locale.GERMAN)
        + "\n");
    assertThat(pacing.summary(Locale.GERMAN)).startsWith("läuft in der Phase overview");
    assertThat(printed).contains("follow-up 43/100 as of 2026-03-13 15:21 UTC: 1 done,"
        + " 2 pending, 0 overdue\n");
    assertThat(printed).contains("\nNext:\n  1. Deliver what you promised: Send the"
        + " claims-delay report: do it now: worth 39 of 43 points");
    assertThat(printed).contains("\nfollowup.pending-past-ideal 39\n");
    assertThat(printed).contains("\nNachfassen 43/100, Stand 2026-03-13 15:21 UTC: 1 erledigt,"
        + " 2 offen, 0 überfällig\n");
    assertThat(printed).contains("\nJournal as of 2026-06-22 12:00 UTC: 8 meetings with 7 people,"
        + " 18:30 over budget in total\n"
        + "  sql: 3 people, 4 insights\n"
        + "  hiring-from-operations: 3 people, 3 insights\n"
        + "  domain-knowledge: 2 people, 2 insights\n"
        + "  Dana Reyes -> Lee Park -> Kim Lo\n"
        + "  Tom Becker -> Ana Souza\n");
    assertThat(printed).containsPattern("\ntrue, \\d+ characters\n$");
  }

  @Test
  void quickStartIsExactlyTheTwoCommands() throws IOException {
    String readme = Files.readString(README);

    assertThat(readme).contains("## Quick start\n\nFrom a fresh clone, with only a JDK 17 or"
        + " newer:\n\n```sh\n"
        + "./mvnw -q -B -Pdemo -DskipTests package   # build, then run `twentyminute demo` on"
        + " built-in sample data\n"
        + "./mvnw -B verify                           # the whole test suite\n```\n");
  }

  static String captureStandardOutput(Runnable program) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      program.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  static String tourSection(String readme) {
    int start = readme.indexOf("\n" + TOUR_HEADING);
    assertThat(start).as("README has a section '%s'", TOUR_HEADING).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return end < 0 ? readme.substring(start) : readme.substring(start, end);
  }

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher block = Pattern.compile("(?ms)^```java\\n(.*?)^```\\s*$").matcher(markdown);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  static Map<String, String> regionsOfSources() throws IOException {
    Map<String, String> all = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java"))
          .sorted().collect(Collectors.toList())) {
        regions(read(file)).forEach((name, text) -> {
          String earlier = all.put(name, text);
          assertThat(earlier).as("region %s is defined once (again in %s)", name, file).isNull();
        });
      }
    }
    return all;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns each {@code // readme:NAME} .. {@code // end:NAME} region, its indentation removed. */
  static Map<String, String> regions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher region = Pattern.compile("(?ms)^([ \\t]*)// readme:([\\w-]+)\\n(.*?)^[ \\t]*// end:\\2\\n")
        .matcher(source);
    while (region.find()) {
      String indent = region.group(1);
      StringBuilder text = new StringBuilder();
      for (String line : (Iterable<String>) region.group(3).lines()::iterator) {
        text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
            .append('\n');
      }
      regions.put(region.group(2), text.toString());
    }
    return regions;
  }
}
