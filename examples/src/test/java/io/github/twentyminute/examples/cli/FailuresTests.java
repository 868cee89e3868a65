package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class FailuresTests {

  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Option(names = "--debug") boolean debug;
    @Option(names = "--bad-input") boolean badInput;

    @Override
    public Integer call() {
      if (badInput) {
        throw new InputException("notes.json", "at /items/2 (line 4, column 7)",
            "expected an object,\n  found a number");
      }
      throw new IllegalStateException("Impossible state: no phase");
    }
  }

  static String[] run(int[] code, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Broken());
    Failures failures = new Failures();
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(failures);
    cli.setParameterExceptionHandler(failures);
    code[0] = cli.execute(args);
    return err.toString().split(System.lineSeparator());
  }

  @Test
  void aFailureOfTheToolItselfExitsSeventyWithOneLine() {
    int[] code = new int[1];

    String[] err = run(code);

    assertThat(code[0]).isEqualTo(70);
    assertThat(err).containsExactly("broken: internal error: java.lang.IllegalStateException:"
        + " Impossible state: no phase (run again with --debug for the stack trace)");
  }

  @Test
  void aFailureOfTheToolItselfShowsItsStackTraceWithDebug() {
    int[] code = new int[1];

    String[] err = run(code, "--debug");

    assertThat(code[0]).isEqualTo(70);
    assertThat(err[0]).isEqualTo(
        "broken: internal error: java.lang.IllegalStateException: Impossible state: no phase");
    assertThat(err[1]).isEqualTo("java.lang.IllegalStateException: Impossible state: no phase");
    assertThat(err[2]).startsWith("\tat io.github.twentyminute.examples.cli.FailuresTests$Broken");
  }

  @Test
  void badInputIsOneLineEvenWhenItsProblemSpansLines() {
    int[] code = new int[1];

    String[] err = run(code, "--bad-input");

    assertThat(code[0]).isEqualTo(2);
    assertThat(err).containsExactly(
        "broken: notes.json: at /items/2 (line 4, column 7): expected an object, found a number");
  }

  @Test
  void oneLineJoinsLinesLikeTheRegularExpressionItReplaces() {
    String[] samples = {"a\n  b", "  a \r\n\t b  ", "a  b", "a\u2028b", "a \f\u000B b\n",
        "x\n\n\ny", "", " \n ", "a\tb\u0085 c"};
    for (String sample : samples) {
      assertThat(Failures.oneLine(sample))
          .as("%s", sample)
          .isEqualTo(sample.strip().replaceAll("\\s*\\R\\s*", " "));
    }
  }

  @Test
  void oneLineKeepsAMillionSpacesWithoutABreakAsTheyAre() {
    String spaces = " ".repeat(1 << 20);
    String text = "id" + spaces + "end\n" + spaces + "next";
    assertThat(Failures.oneLine(text)).isEqualTo("id" + spaces + "end next");
  }
}
