package io.github.twentyminute.json;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock of one store's directory: a lock of this instance for its own threads, then a file
 * lock on {@code .lock} for every other instance and process. There is no lock table shared by
 * the whole JVM: when another instance of this JVM holds the file lock, the JVM refuses a second
 * one ({@link OverlappingFileLockException}) and this lock waits a moment and tries again. The
 * lock file is opened without following a link, so a {@code .lock} that is a symbolic link is
 * refused with {@link StoreLinkException} rather than created elsewhere. Thread-safe.
 */
final class StoreLock {
  private static final Logger LOG = LoggerFactory.getLogger(StoreLock.class);
  private static final long RETRY_MILLIS = 1;

  private final StoreLayout layout;
  private final ReentrantLock threads = new ReentrantLock();

  StoreLock(StoreLayout layout) {
    this.layout = layout;
  }

  /** Takes the lock, waiting as long as needed; close the result to release it. */
  Held acquire() throws IOException {
    if (!threads.tryLock()) {
      LOG.debug("Waiting for another thread to release the lock of {}", layout.directory());
      threads.lock();
    }
    try {
      Path file = layout.lockFile();
      StoreLayout.refuseLink(file);
      FileChannel channel = open(file);
      try {
        return new Held(channel, lockFile(channel, file));
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      threads.unlock();
      throw e;
    }
  }

  private FileChannel open(Path file) throws IOException {
    try {
      return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS), layout.ownerOnly());
    } catch (IOException e) {
      throw StoreLayout.linkOr(file, e);
    }
  }

  private static FileLock lockFile(FileChannel channel, Path file) throws IOException {
    boolean logged = false;
    while (true) {
      try {
        FileLock lock = channel.tryLock();
        if (lock == null) {
          LOG.debug("Waiting for another process to release the file lock {}", file);
          lock = channel.lock();
        }
        return lock;
      } catch (OverlappingFileLockException e) {
        if (!logged) {
          LOG.debug("Waiting for another store of this JVM to release the file lock {}", file);
          logged = true;
        }
        pause();
      }
    }
  }

  private static void pause() throws InterruptedIOException {
    try {
      Thread.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the store's lock");
    }
  }

  /**
   * Checks if no live save holds a temporary file: tries its file lock, which a save holds from
   * creating the file to moving it, and the system releases when a process dies.
   */
  static boolean isAbandoned(FileChannel temporary) throws IOException {
    try {
      FileLock lock = temporary.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException e) {
      return false;
    }
  }

  /** The lock, held: released (file lock, then this instance's lock) on close. */
  final class Held implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock fileLock;

    Held(FileChannel channel, FileLock fileLock) {
      this.channel = channel;
      this.fileLock = fileLock;
    }

    @Override
    public void close() throws IOException {
      try {
        fileLock.release();
        channel.close();
      } finally {
        threads.unlock();
      }
    }
  }
}
