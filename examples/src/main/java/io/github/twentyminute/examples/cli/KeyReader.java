package io.github.twentyminute.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads keys from an input stream on a daemon thread, so the coach can wait for a key or a
 * timeout, whichever comes first. Works the same on a terminal in raw mode, a terminal in line
 * mode (keys arrive after Enter) and a pipe.
 */
final class KeyReader {
  /** Returned by {@link #next(Duration)} when the input has ended. */
  static final int END = -1;
  /** Returned by {@link #next(Duration)} when no key came within the wait. */
  static final int NONE = -2;

  private final BlockingQueue<Integer> keys = new LinkedBlockingQueue<>();

  private KeyReader() {}

  /** Starts reading keys from a stream. */
  static KeyReader start(InputStream in) {
    KeyReader reader = new KeyReader();
    Thread thread = new Thread(() -> reader.readAll(in), "twentyminute-keys");
    thread.setDaemon(true);
    thread.start();
    return reader;
  }

  private void readAll(InputStream in) {
    try {
      for (int key = in.read(); key >= 0; key = in.read()) {
        keys.add(key);
      }
    } catch (IOException e) {
      // A closed or broken input ends the keys, as end of input does.
    }
    keys.add(END);
  }

  /**
   * Waits for the next key.
   *
   * @param wait how long to wait, or null to wait until a key comes or the input ends
   * @return the key, {@link #END} or {@link #NONE}
   */
  int next(Duration wait) throws InterruptedException {
    if (wait == null) {
      return keys.take();
    }
    Integer key = keys.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    return key == null ? NONE : key;
  }
}
