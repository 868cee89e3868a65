package io.github.twentyminute.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The optimistic revisions of a store: a change names the revision it replaces (0 for a new
 * document), and under the directory's lock the stored revision is read and compared before the
 * file is replaced or deleted, so of two changes of one revision exactly one succeeds. A
 * revision that cannot be increased is refused before anything is written. Thread-safe.
 */
final class CompareAndSet {
  private final StoreLock lock;
  private final AtomicFiles files;
  private final EntryFiles<?> entries;

  CompareAndSet(StoreLock lock, AtomicFiles files, EntryFiles<?> entries) {
    this.lock = lock;
    this.files = files;
    this.entries = entries;
  }

  /**
   * Returns the revision a save of {@code expected} gives.
   *
   * @throws IllegalArgumentException if {@code expected} is negative
   * @throws RevisionOverflowException if it is {@link Long#MAX_VALUE}
   */
  static long next(String id, long expected) {
    if (expected < 0) {
      throw new IllegalArgumentException(
          "expected revision must be 0 (new) or more, but was " + expected);
    }
    if (expected == Long.MAX_VALUE) {
      throw new RevisionOverflowException(id, expected);
    }
    return expected + 1;
  }

  /** Moves a written file over the id's, if the stored revision is {@code expected}. */
  void replace(String id, Path target, long expected, AtomicFiles.Pending written)
      throws IOException {
    try (StoreLock.Held held = lock.acquire()) {
      compare(id, expected, entries.revision(target, id));
      files.moveInto(written, target);
    }
  }

  /** Deletes the id's file if it is at revision {@code expected}; false if there is none. */
  boolean delete(String id, Path target, long expected) throws IOException {
    try (StoreLock.Held held = lock.acquire()) {
      long actual = entries.revision(target, id);
      if (actual == 0) {
        return false;
      }
      compare(id, expected, actual);
      Files.delete(target);
      files.syncDirectory();
      return true;
    }
  }

  private static void compare(String id, long expected, long actual) {
    if (actual != expected) {
      throw new StoreConflictException(id, expected, actual);
    }
  }
}
