package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanCommandTests {

  @Test
  void printsTheBooksPlanAsATableWithItsVerdict() {
    Cli cli = Cli.run("plan");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.err()).isEmpty();
    assertThat(cli.out()).startsWith(
        "The 20-minute networking meeting: budget 20:00, hard ceiling 30:00\n");
    assertThat(cli.out()).contains(
        "  discussion     12:00 / 14:00 / 15:00   discussion.prepared-questions"
            + " (absorbs overruns)\n");
    assertThat(cli.out()).endsWith(
        "Feasibility: valid: 0 errors, 0 warnings, 0 infos; 5 rules ran\n");
  }

  @Test
  void printsTheThirtyMinutePlan() {
    Cli cli = Cli.run("plan", "--minutes", "30");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith(
        "The 30-minute networking meeting: budget 30:00, hard ceiling 35:00\n");
  }

  @Test
  void refusesAPlanThatIsNotBuiltInInOneLine() {
    Cli cli = Cli.run("plan", "--minutes", "7");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).containsExactly("twentyminute plan: --minutes must be 20 or 30"
        + " (the built-in plans), but was 7 (see 'twentyminute plan --help')");
  }

  @Test
  void refusesAnUnknownOptionInOneLine() {
    Cli cli = Cli.run("plan", "--minuets", "20");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()).containsExactly(
        "twentyminute plan: Unknown options: '--minuets', '20' (see 'twentyminute plan --help')");
  }

  @Test
  void printsTheStackTraceOfAUsageErrorOnlyWithDebug() {
    Cli cli = Cli.run("plan", "--minutes", "7", "--debug");

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.errLines()[0]).isEqualTo("twentyminute plan: --minutes must be 20 or 30"
        + " (the built-in plans), but was 7 (see 'twentyminute plan --help')");
    assertThat(cli.errLines()[1]).startsWith("picocli.CommandLine$ParameterException: ");
    assertThat(cli.errLines()).anyMatch(line -> line.contains("at io.github.twentyminute"));
  }

  @Test
  void helpListsTheExitCodes() {
    Cli cli = Cli.run("--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("Exit codes:\n");
    assertThat(cli.out()).contains("  2    the input could not be used");
  }
}
