package io.github.twentyminute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionStatus;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach end to end in a real terminal, in a separate JVM on a clock that moves only on the
 * {@code +} key: under tmux (send-keys and capture-pane) when tmux is installed, and under a
 * pseudo-terminal from util-linux {@code script} when that is installed. Both check that keys
 * are read as they are pressed (no Enter), that the screen is redrawn in place, and that the
 * terminal's settings are restored at the end.
 */
class CoachTerminalTests {
  static final Duration PATIENCE = Duration.ofSeconds(40);

  @TempDir Path dir;

  /** A terminal the test types into and reads the screen of. */
  interface Screen extends AutoCloseable {
    String text() throws Exception;

    void type(String keys) throws Exception;

    @Override
    void close() throws IOException;
  }

  @Test
  void coachInTmux() throws Exception {
    assumeTrue(onPath("tmux"), "tmux is not installed");
    try (Screen screen = new Tmux(command())) {
      drive(screen);
    }
    assertSessionSaved();
  }

  @Test
  void coachInAScriptPseudoTerminal() throws Exception {
    assumeTrue(onPath("script"), "util-linux script is not installed");
    try (Screen screen = new Script(command())) {
      drive(screen);
    }
    assertSessionSaved();
  }

  void drive(Screen screen) throws Exception {
    await(screen, s -> s.contains("> started the meeting") && s.contains("keys: n next phase"));
    assertThat(screen.text()).doesNotContain("(then Enter)");
    screen.type("c");
    await(screen, s -> s.contains("> cue done: thanks.opening"));
    screen.type("++++");
    await(screen, s -> s.contains("  phase    [########################]  2:00 of 2:00, 0:00 left"));
    screen.type("n");
    await(screen, s -> s.contains("RUNNING  overview, phase 2 of 4") && s.contains("> entered overview"));
    screen.type("i");
    await(screen, s -> s.contains("> covered o1") && s.contains("[x] overview.career"));
    screen.type("p");
    await(screen, s -> s.contains("PAUSED  overview") && s.contains("> paused: press p to resume"));
    screen.type("++p");
    await(screen, s -> s.contains("> resumed"));
    screen.type("++++");
    await(screen, s -> s.contains("  meeting  [####--------------------]  4:00 of 20:00, 16:00 left"));
    String redrawn = screen.text();
    assertThat(redrawn).as("one frame on the screen, redrawn in place")
        .containsOnlyOnce("twentyminute coach: meeting with Dana Reyes");
    screen.type("e");
    await(screen, s -> s.contains("EXIT="));
    String end = screen.text();
    assertThat(end).contains("ENDED  no phase").contains("> ended the meeting")
        .contains("Timeline:\ntotal 4:00 against a 20:00 budget\npaused 1:00\n"
            + "introduction: 2:00 against 2:00\noverview: 2:00 against 2:00\n")
        .contains("Saved the session to " + dir.resolve("dana.session.json"))
        .contains("TTY-RESTORED")
        .contains("EXIT=0");
  }

  void assertSessionSaved() {
    MeetingSession saved =
        TwentyMinuteJson.create().read(DocumentType.SESSION, dir.resolve("dana.session.json"));
    assertThat(saved.status()).isEqualTo(SessionStatus.ENDED);
    assertThat(saved.timeline().total()).isEqualTo(Duration.ofMinutes(4));
    assertThat(saved.isCueDone("overview.career")).isTrue();
    assertThat(saved.isItemDone("o1")).isTrue();
  }

  /** The shell command that runs the coach, then reports whether the tty was restored. */
  String command() {
    Path agenda = ValidateCommandTests.write(dir.resolve("dana.json"), SampleMeeting.agenda());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String coach = quote(java) + " -cp " + quote(System.getProperty("java.class.path"))
        + " io.github.twentyminute.examples.cli.TwentyMinuteCommand coach " + quote(agenda.toString())
        + " --start 2026-03-10T15:00:00Z --clock-step 30s";
    return "before=$(stty -g); " + coach + "; code=$?; "
        + "[ \"$(stty -g)\" = \"$before\" ] && echo TTY-RESTORED; echo EXIT=$code; sleep 600";
  }

  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  static void await(Screen screen, Predicate<String> shows) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String text = screen.text();
    while (!shows.test(text)) {
      if (System.nanoTime() > deadline) {
        fail("the screen did not show what was expected within " + PATIENCE + "; it shows:\n"
            + text);
      }
      Thread.sleep(100);
      text = screen.text();
    }
  }

  static boolean onPath(String program) {
    try {
      Process which = new ProcessBuilder("sh", "-c", "command -v " + program)
          .redirectErrorStream(true).start();
      which.getInputStream().readAllBytes();
      return which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(command + " failed: " + output);
    }
    return output;
  }

  /** A detached tmux session on a server of its own. */
  static final class Tmux implements Screen {
    private final String socket = "twentyminute-test-" + ProcessHandle.current().pid() + "-"
        + System.nanoTime();

    Tmux(String command) throws IOException, InterruptedException {
      run(List.of("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "coach",
          "-x", "220", "-y", "50", command));
    }

    @Override
    public String text() throws IOException, InterruptedException {
      return run(List.of("tmux", "-L", socket, "capture-pane", "-p", "-J", "-t", "coach"));
    }

    @Override
    public void type(String keys) throws IOException, InterruptedException {
      run(List.of("tmux", "-L", socket, "send-keys", "-t", "coach", "-l", keys));
    }

    @Override
    public void close() throws IOException {
      try {
        run(List.of("tmux", "-L", socket, "kill-server"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A pseudo-terminal from util-linux script; the screen is what follows the last clear. */
  static final class Script implements Screen {
    private final Process process;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    Script(String command) throws IOException {
      process = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null")
          .redirectErrorStream(true).start();
      Thread reader = new Thread(() -> copy(process.getInputStream()), "script-output");
      reader.setDaemon(true);
      reader.start();
    }

    private void copy(InputStream in) {
      byte[] buffer = new byte[4096];
      try {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          synchronized (output) {
            output.write(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        // The process ended.
      }
    }

    @Override
    public String text() {
      String all;
      synchronized (output) {
        all = output.toString(StandardCharsets.UTF_8);
      }
      int clear = all.lastIndexOf(Coach.ANSI_HOME_AND_CLEAR);
      String screen = clear < 0 ? all : all.substring(clear + Coach.ANSI_HOME_AND_CLEAR.length());
      return screen.replace("\r\n", "\n").replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
    }

    @Override
    public void type(String keys) throws IOException {
      OutputStream in = process.getOutputStream();
      in.write(keys.getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    @Override
    public void close() {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
