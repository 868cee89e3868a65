package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpExampleTests {

  @Test
  void printsTheWeekAsPinnedInTheGoldenFile() throws IOException {
    String actual = run();
    java.nio.file.Path out = java.nio.file.Path.of("target", "golden-actual",
        "follow-up-example.txt");
    java.nio.file.Files.createDirectories(out.getParent());
    java.nio.file.Files.writeString(out, actual);

    assertThat(actual.lines().toList()).as("golden file (actual text in %s)", out)
        .containsExactlyElementsOf(golden().lines().toList());
  }

  @Test
  void scoreRisesAsTasksAreDone() {
    List<String> lines = run().lines().toList();

    assertThat(lines).contains(
        "Before the meeting: preparation 100/100; ready",
        "Day 0: follow-up 0/100 as of 2026-03-10 16:21 UTC: 0 done, 6 pending, 0 overdue",
        "Day 1: follow-up 23/100 as of 2026-03-11 16:21 UTC: 1 done, 5 pending, 0 overdue",
        "Day 2: follow-up 46/100 as of 2026-03-12 16:21 UTC: 2 done, 4 pending, 0 overdue",
        "Day 6: follow-up 60/100 as of 2026-03-16 16:21 UTC: 3 done, 3 pending, 0 overdue",
        "   14/16  Contact Lee Park (Head of Data, Harbor Insurance): how Harbor moved adjusters"
            + " into analytics");
  }

  @Test
  void mainPrintsToStandardOutput() {
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
      FollowUpExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(run());
  }

  private static String run() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    FollowUpExample.run(out);
    out.flush();
    return text.toString();
  }

  private static String golden() throws IOException {
    try (InputStream in = FollowUpExampleTests.class.getResourceAsStream("follow-up-example.txt")) {
      assertThat(in).as("golden file follow-up-example.txt").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
