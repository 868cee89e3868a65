package io.github.twentyminute.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atomic writes in a store's directory: a new version is written whole to a temporary file,
 * forced to the device, then moved over the target in one step, and the directory is forced, so
 * a crash leaves the old version or the new one. Each temporary file is created under the
 * directory's lock and holds its own file lock until it is moved or deleted; so a temporary file
 * nobody holds was left by a save that died, and {@link #removeAbandoned()} deletes it.
 * Thread-safe.
 */
final class AtomicFiles {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

  private final StoreLayout layout;
  private final StoreLock lock;
  private volatile Consumer<Path> beforeMove = path -> { };

  AtomicFiles(StoreLayout layout, StoreLock lock) {
    this.layout = layout;
    this.lock = lock;
  }

  /** Sets an action to run after a temporary file is written and before it is moved. */
  void beforeMove(Consumer<Path> action) {
    this.beforeMove = Objects.requireNonNull(action, "action");
  }

  /** Writes bytes to a new temporary file for the id, forced to the device, still locked. */
  Pending write(String id, byte[] bytes) throws IOException {
    Pending pending = create(id);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        pending.channel.write(buffer);
      }
      pending.channel.force(true);
      beforeMove.accept(pending.file);
      return pending;
    } catch (IOException | RuntimeException e) {
      pending.close();
      throw e;
    }
  }

  private Pending create(String id) throws IOException {
    try (StoreLock.Held held = lock.acquire()) {
      Path file = layout.newTemporaryFile(id);
      FileChannel channel = null;
      try {
        channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        channel.lock();
        return new Pending(file, channel);
      } catch (IOException | RuntimeException e) {
        if (channel != null) {
          channel.close();
        }
        Files.deleteIfExists(file);
        throw e;
      }
    }
  }

  /** Moves a written temporary file over the target in one step; call it holding the lock. */
  void moveInto(Pending pending, Path target) throws IOException {
    try {
      Files.move(pending.file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + target.getParent()
          + " cannot replace files atomically, which the store needs", e);
    }
    pending.moved = true;
    syncDirectory();
  }

  /** Forces the directory, so that a move or delete survives a crash. */
  void syncDirectory() {
    try (FileChannel channel = FileChannel.open(layout.directory(), StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open or force a directory; the move itself is atomic.
    }
  }

  /**
   * Deletes the temporary files that saves which did not finish left behind, logging each at
   * WARN; the files of saves still running are kept.
   *
   * @return how many were deleted
   */
  int removeAbandoned() throws IOException {
    List<Path> candidates = layout.temporaryFiles();
    if (candidates.isEmpty()) {
      return 0;
    }
    int removed = 0;
    try (StoreLock.Held held = lock.acquire()) {
      for (Path file : candidates) {
        if (abandoned(file) && Files.deleteIfExists(file)) {
          LOG.warn("Removed {}: a temporary file left by a save that did not finish", file);
          removed++;
        }
      }
    }
    return removed;
  }

  private static boolean abandoned(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      return true; // never a save's: deleting the link leaves its target alone
    }
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      return StoreLock.isAbandoned(channel);
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
  }

  /** A written temporary file, locked until it is moved or deleted on close. */
  static final class Pending implements AutoCloseable {
    final Path file;
    final FileChannel channel;
    boolean moved;

    Pending(Path file, FileChannel channel) {
      this.file = file;
      this.channel = channel;
    }

    @Override
    public void close() {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("Could not close {}: {}", file, e.toString());
      }
      if (!moved) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.warn("Left the temporary file {} behind: it cannot be deleted ({}); the store"
              + " removes it when next opened", file, e.toString());
        }
      }
    }
  }
}
