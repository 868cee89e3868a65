package io.github.twentyminute.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the tool in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    return runWithInput(InputStream.nullInputStream(), args);
  }

  static Cli runWithKeys(String keys, String... args) {
    return runWithInput(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Cli runWithInput(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TwentyMinuteCommand.run(in, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, normalise(out.toString()), normalise(err.toString()));
  }

  private static String normalise(String text) {
    return text.replace(System.lineSeparator(), "\n");
  }

  /** Returns the lines of standard error. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\n");
  }
}
