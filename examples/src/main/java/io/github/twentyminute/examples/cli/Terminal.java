package io.github.twentyminute.examples.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Puts an interactive Unix terminal into character mode (each key is read as it is pressed,
 * without echo) with {@code stty}, and puts it back. Where that is not possible (no terminal,
 * Windows, no {@code stty}) nothing changes and keys arrive after Enter.
 */
final class Terminal implements AutoCloseable {
  private final String saved;
  private final Thread restoreOnExit;

  private Terminal(String saved) {
    this.saved = saved;
    this.restoreOnExit = saved == null ? null : new Thread(() -> stty(saved), "twentyminute-tty");
    if (restoreOnExit != null) {
      Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }
  }

  /** Checks if the process runs in an interactive terminal. */
  static boolean interactive() {
    return System.console() != null;
  }

  /** Enters character mode if the process runs in an interactive Unix terminal. */
  static Terminal characterMode() {
    if (!interactive() || System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
        .startsWith("windows")) {
      return new Terminal(null);
    }
    String saved = stty("-g");
    if (saved == null || stty("-icanon -echo min 1") == null) {
      return new Terminal(null);
    }
    return new Terminal(saved.strip());
  }

  /** Checks if keys are read as they are pressed, rather than after Enter. */
  boolean characterModeOn() {
    return saved != null;
  }

  @Override
  public void close() {
    if (saved != null) {
      stty(saved);
      try {
        Runtime.getRuntime().removeShutdownHook(restoreOnExit);
      } catch (IllegalStateException e) {
        // The JVM is shutting down and the hook restores the terminal anyway.
      }
    }
  }

  /** Runs stty on the controlling terminal; returns its output, or null if it failed. */
  private static String stty(String arguments) {
    try {
      Process stty = new ProcessBuilder(List.of("sh", "-c", "stty " + arguments + " < /dev/tty"))
          .redirectErrorStream(true).start();
      String output = new String(stty.getInputStream().readAllBytes(), Charset.defaultCharset());
      if (!stty.waitFor(5, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        return null;
      }
      return output;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
