package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TourTests {
  static final Path README = Path.of("..", "README.md");
  static final Path TOUR =
      Path.of("src", "main", "java", "io", "github", "twentyminute", "examples", "Tour.java");
  static final String TOUR_HEADING = "## A five-minute tour";

  @Test
  void everyJavaBlockOfTheReadmeTourIsARegionOfTour() throws IOException {
    List<String> blocks = javaBlocks(tourSection(Files.readString(README)));
    Map<String, String> regions = regions(Files.readString(TOUR));

    assertThat(blocks).as("java blocks in the README's tour").isNotEmpty();
    for (String block : blocks) {
      assertThat(regions.values()).as("regions of Tour.java").contains(block);
    }
  }

  @Test
  void theReadmeShowsEveryRegionOfTourInOrder() throws IOException {
    List<String> blocks = javaBlocks(tourSection(Files.readString(README)));
    Map<String, String> regions = regions(Files.readString(TOUR));

    assertThat(blocks).containsExactlyElementsOf(regions.values());
  }

  @Test
  void regionsAreReadWithoutTheirIndentation() {
    String source = "class X {\n  void m() {\n    // tour:one\n    int a = 1;\n\n"
        + "      // nested comment\n    // end:one\n  }\n}\n";

    assertThat(regions(source))
        .containsExactly(Map.entry("one", "int a = 1;\n\n  // nested comment\n"));
  }

  @Test
  void tourRunsAndPrintsEachStep() {
    String printed = captureStandardOutput(() -> Tour.main(new String[0]));

    assertThat(printed).startsWith(""
        + "valid: 0 errors, 0 warnings, 0 notes; 5 rules ran\n"
        + "valid: 0 errors, 0 warnings, 0 notes; 5 rules ran\n"
        + "Dana Reyes: 13 items, 20 minutes planned, discussion 14 minutes\n"
        + "valid: 0 errors, 0 warnings, 0 notes; 16 rules ran\n"
        + "budget.total: agenda planned for 23:00; the plan's budget is 20:00\n"
        + "phase.timebox: discussion planned for 17:00; its time box allows 12:00 to 15:00\n"
        + "RUNNING in overview 0:00 left, 14:30 left in the meeting, behind 1:30: the"
        + " introduction took 3:10 against 2:00; the overview has taken 2:20 against 2:00\n"
        + "  the overview has taken 2:20 against 2:00 planned: move on to the discussion\n");
    assertThat(printed).contains("follow-up 96/100 as of 2026-03-13T15:21:00Z: 1 done,"
        + " 2 pending, 0 overdue\n");
    assertThat(printed).contains("\nNext:\n  1. Deliver what you promised: Send the"
        + " claims-delay report now: worth 39 of 43 points");
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

  /** Returns each {@code // tour:NAME} .. {@code // end:NAME} region, its indentation removed. */
  static Map<String, String> regions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher region = Pattern.compile("(?ms)^([ \\t]*)// tour:([\\w-]+)\\n(.*?)^[ \\t]*// end:\\2\\n")
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
