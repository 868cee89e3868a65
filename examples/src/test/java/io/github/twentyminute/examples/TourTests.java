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
    assertThat(regions.values()).as("regions of Tour.java").containsAll(blocks);
  }

  @Test
  void everyRegionOfTourIsShownInTheReadme() throws IOException {
    List<String> blocks = javaBlocks(tourSection(Files.readString(README)));
    Map<String, String> regions = regions(Files.readString(TOUR));

    assertThat(blocks).as("java blocks in the README's tour").containsAll(regions.values());
    assertThat(blocks).hasSameSizeAs(regions.values());
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

    assertThat(printed).startsWith("valid: 0 errors, 0 warnings, 0 notes; 5 rules ran\n");
    assertThat(printed).contains("Dana Reyes: 13 items, 20 minutes planned, discussion 14 minutes\n");
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
