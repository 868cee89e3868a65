package io.github.twentyminute.examples.cli;

import java.util.Objects;

/**
 * Bad input to the tool: a file that cannot be read or does not say what it should. The tool
 * reports it as one line naming the source, the place in it and what was expected, and exits
 * with {@link ExitCodes#BAD_INPUT}.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String place;
  private final String problem;

  InputException(String source, String place, String problem, Throwable cause) {
    super(line(source, place, problem), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.place = Objects.requireNonNull(place, "place");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  InputException(String source, String place, String problem) {
    this(source, place, problem, null);
  }

  String source() {
    return source;
  }

  String place() {
    return place;
  }

  String problem() {
    return problem;
  }

  private static String line(String source, String place, String problem) {
    return place.isEmpty() ? source + ": " + problem : source + ": " + place + ": " + problem;
  }
}
