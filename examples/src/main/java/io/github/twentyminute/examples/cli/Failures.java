package io.github.twentyminute.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit code (see {@link ExitCodes}):
 * bad input names the file, the place in it and what was expected; a usage error says what was
 * wrong and where to find help; a failure of the tool itself says so. The stack trace follows
 * only with {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final String DEBUG = "--debug";

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    String who = command.getCommandSpec().qualifiedName();
    int code;
    String line;
    InputException input = asInput(failure);
    if (input != null) {
      code = ExitCodes.BAD_INPUT;
      line = input.getMessage();
    } else {
      code = ExitCodes.SOFTWARE;
      line = "internal error: " + failure.getClass().getName() + ": " + failure.getMessage()
          + (debug(parsed) ? "" : " (run again with --debug for the stack trace)");
    }
    err.println(oneLine(who + ": " + line));
    if (debug(parsed)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    String who = command.getCommandSpec().qualifiedName();
    err.println(oneLine(who + ": " + failure.getMessage() + " (see '" + who + " --help')"));
    if (Arrays.asList(args).contains(DEBUG)) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Returns the text on one line: each run of white space that holds a line break becomes one
   * space; other runs stay as they are. One pass, linear in the text however long its runs.
   */
  static String oneLine(String text) {
    String stripped = text.strip();
    StringBuilder line = new StringBuilder(stripped.length());
    int i = 0;
    while (i < stripped.length()) {
      char c = stripped.charAt(i);
      if (!isSpace(c) && !isBreak(c)) {
        line.append(c);
        i++;
        continue;
      }
      int end = i;
      boolean breaks = false;
      while (end < stripped.length() && (isSpace(stripped.charAt(end))
          || isBreak(stripped.charAt(end)))) {
        breaks |= isBreak(stripped.charAt(end));
        end++;
      }
      if (breaks) {
        line.append(' ');
      } else {
        line.append(stripped, i, end);
      }
      i = end;
    }
    return line.toString();
  }

  /** The white space of the regular expression {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The line breaks of the regular expression {@code \R}. */
  private static boolean isBreak(char c) {
    return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
        || c == '\u2028' || c == '\u2029';
  }

  /** Returns the failure as bad input, or null if it is a failure of the tool itself. */
  static InputException asInput(Throwable failure) {
    if (failure instanceof InputException) {
      return (InputException) failure;
    }
    InputException json = Inputs.fromJson(failure);
    if (json != null) {
      return json;
    }
    if (failure instanceof UncheckedIOException) {
      return Inputs.fromIo("input", failure.getCause());
    }
    return null;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }
}
