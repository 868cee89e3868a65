package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.examples.SimulatedClock;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.session.MeetingSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;

/**
 * {@code twentyminute coach FILE}: runs a meeting live in the terminal and saves its session.
 */
@Command(name = "coach",
    description = {"Run a meeting live in the terminal from its agenda (a twentyminute/agenda@2"
        + " JSON document): the current phase, progress bars for the phase and the meeting,"
        + " time left, ahead or behind and why, and nudges. The meeting starts at once.",
        "Keys: n next phase, c next cue of the phase done, i current item covered, s current"
            + " item skipped, p pause/resume, e end.",
        "At the end it prints the planned-versus-actual timeline and saves the session"
            + " (a twentyminute/session@2 JSON document)."})
final class CoachCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @ParentCommand TwentyMinuteCommand root;

  @Parameters(paramLabel = "FILE", description = "The agenda document.")
  Path file;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to save the session. Default: FILE with .session.json in place of"
          + " .json.")
  Path out;

  @Option(names = "--start", hidden = true, paramLabel = "INSTANT",
      description = "Start the clock at this instant instead of now.")
  Instant start;

  @Option(names = "--speed", hidden = true, defaultValue = "1",
      description = "Run the clock this many times faster than real time.")
  double speed;

  @Option(names = "--clock-step", hidden = true, paramLabel = "TIME",
      converter = DurationConverter.class,
      description = "Stop the clock; the + key moves it on by this much.")
  Duration clockStep;

  @Option(names = "--plain", hidden = true,
      description = "Never clear the screen between frames.")
  boolean plain;

  @Override
  public Integer call() throws InterruptedException {
    Agenda agenda = Documents.readAgenda(file);
    if (speed <= 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--speed must be a positive number, but was " + speed);
    }
    if (clockStep != null && (clockStep.isNegative() || clockStep.isZero())) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--clock-step must be positive, but was " + clockStep);
    }
    Instant first = start != null ? start : Instant.now();
    Clock clock = clockStep != null ? new SimulatedClock(first)
        : start == null && speed == 1 ? Clock.tickSeconds(ZoneOffset.UTC)
        : new ScaledClock(first, speed);
    Path target = out != null ? out : sessionName(file);
    PrintWriter screen = spec.commandLine().getOut();
    MeetingSession session;
    try (Terminal terminal = Terminal.characterMode()) {
      boolean ansi = !plain && Terminal.interactive();
      Coach coach = new Coach(agenda, clock, clockStep == null ? Duration.ZERO : clockStep,
          screen, ansi, !terminal.characterModeOn() && Terminal.interactive());
      session = coach.run(KeyReader.start(root.in()));
    }
    Documents.write(DocumentType.SESSION, session, target);
    screen.println();
    screen.println("Timeline:");
    screen.print(session.timeline().summary());
    screen.println("Saved the session to " + target);
    return ExitCodes.OK;
  }

  static Path sessionName(Path file) {
    String name = file.getFileName().toString();
    String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.resolveSibling(base + ".session.json");
  }
}
