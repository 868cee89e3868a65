package io.github.twentyminute.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of documents of one {@link DocumentType}, one file per document, that never loses
 * a saved document and never overwrites one silently.
 *
 * <p><b>Files.</b> The document with id {@code dana-reyes} lives in {@code dana-reyes.json}, as a
 * store entry:
 *
 * <pre>{@code
 * {
 *   "format": "twentyminute/store-entry@1",
 *   "id": "dana-reyes",
 *   "revision": 3,
 *   "document": { "format": "twentyminute/agenda@1", ... }
 * }
 * }</pre>
 *
 * <p>Its JSON Schema is the resource {@value #ENTRY_SCHEMA_RESOURCE}; the document inside
 * follows its own type's schema.
 *
 * <p><b>Ids</b> are the core's ids: 1 to {@value #MAX_ID_LENGTH} ASCII letters, digits,
 * {@code .}, {@code _} and {@code -}, starting with a letter or digit ({@value #ID_PATTERN});
 * case is kept, and {@code Dana} and {@code dana} are two documents. An id's file name writes
 * each upper-case letter as {@code ^} and the letter in lower case ({@code Mixed-Case} is in
 * {@code ^mixed-^case.json}) and marks a name Windows reserves for a device with a {@code ^}
 * ({@code con} is in {@code con^.json}), so no two ids share a file even on a case-insensitive
 * file system, and no id is a path separator, {@code ..} or a device. A lower-case id without
 * a dot is its own file name, as in the stores of earlier versions, which load as they are.
 *
 * <p><b>Saving</b> writes the new entry to a temporary file in the same directory (named
 * {@code .<file name>.<random>.tmp}), flushes it and forces it to the device, then, holding the
 * directory's lock (a lock of this instance and a file lock on {@code .lock} against other
 * instances and processes), checks the revision and atomically moves the temporary file over
 * the document's file, and forces the directory. A crash at any point leaves either the previous
 * version or the new one, whole; at worst a temporary file is left behind, which the store
 * ignores and {@linkplain #open(Path, DocumentType) opening} the store removes (logged at WARN).
 *
 * <p><b>Revisions</b> are optimistic: each save names the revision it replaces (0 for a new
 * document) and fails with {@link StoreConflictException} if the stored one differs, so of two
 * concurrent saves of the same revision exactly one succeeds. The same holds for
 * {@link #delete(String, long)}. A document at revision {@link Long#MAX_VALUE} cannot be saved
 * again ({@link RevisionOverflowException}). A file that cannot be read is never replaced:
 * saving over it fails with the {@link JsonFormatException} that names it.
 *
 * <p><b>Reading</b> never takes the lock: files are only ever replaced whole. A corrupt or
 * truncated file, and one longer than the reading limit on document length (its size is checked
 * before it is read), is reported with its path, as a {@link JsonFormatException} by
 * {@link #load(String)} and as a {@link StoreProblem} by {@link #loadAll()} and
 * {@link #streamAll(Consumer)}, while the other files are still read.
 *
 * <p><b>Links and permissions.</b> The store never follows a symbolic link: a {@code .lock} or
 * a document file that is one is refused with {@link StoreLinkException}, so the store never
 * reads or creates a file outside its directory. On file systems with POSIX permissions every
 * file the store creates (documents, temporary files, {@code .lock}) is owner-only
 * ({@code rw-------}); the directory itself is created with the process's defaults.
 *
 * <p><b>JSON Lines</b>: {@link #exportJsonLines(Writer)} writes one compact entry per line and
 * {@link #importJsonLines(Reader)} reads them back, both one document at a time, so memory use
 * does not grow with the size of the store. An import goes on after every bad line and keeps the
 * first 1000 problems, counting the rest.
 *
 * <p>Instances are thread-safe; several instances and processes may share a directory.
 *
 * @param <T> the type of the documents
 */
public final class JsonDocumentStore<T> {
  /** The longest id, in characters. */
  public static final int MAX_ID_LENGTH = StoreFileNames.MAX_ID_LENGTH;
  /** The syntax of an id, as a regular expression: the core's id grammar. */
  public static final String ID_PATTERN = StoreFileNames.ID_PATTERN;
  /** The format of the files of a store. */
  public static final String ENTRY_FORMAT = EntryCodec.FORMAT;
  /** The resource holding the JSON Schema (draft 2020-12) of the files of a store. */
  public static final String ENTRY_SCHEMA_RESOURCE =
      "io/github/twentyminute/json/schema/store-entry-1.schema.json";

  private static final Logger LOG = LoggerFactory.getLogger(JsonDocumentStore.class);

  private final StoreLayout layout;
  private final DocumentType<T> type;
  private final TwentyMinuteJson json;
  private final EntryCodec<T> codec;
  private final EntryFiles<T> entries;
  private final AtomicFiles files;
  private final CompareAndSet revisions;

  private JsonDocumentStore(StoreLayout layout, DocumentType<T> type, TwentyMinuteJson json,
      BiConsumer<String, Stored<T>> consistency) {
    this.layout = layout;
    this.type = type;
    this.json = json;
    this.codec = new EntryCodec<>(type, json, consistency);
    this.entries = new EntryFiles<>(codec, json);
    StoreLock lock = new StoreLock(layout);
    this.files = new AtomicFiles(layout, lock);
    this.revisions = new CompareAndSet(lock, files, entries);
  }

  /**
   * Opens a store in a directory, creating the directory if needed, with indented files and the
   * default reading limits. Temporary files left by saves that did not finish are removed.
   *
   * @param <T> the type of the documents
   * @param directory the directory, not null
   * @param type the type of the documents, not null
   * @return the store
   * @throws UncheckedIOException if the directory cannot be created or resolved
   * @throws StoreLinkException if the store's {@code .lock} is a symbolic link
   */
  public static <T> JsonDocumentStore<T> open(Path directory, DocumentType<T> type) {
    return open(directory, type, TwentyMinuteJson.create());
  }

  /**
   * Opens a store in a directory, creating the directory if needed. Temporary files left by
   * saves that did not finish are removed.
   *
   * @param <T> the type of the documents
   * @param directory the directory, not null
   * @param type the type of the documents, not null
   * @param json the layout and limits for reading and writing files, not null
   * @return the store
   * @throws UncheckedIOException if the directory cannot be created or resolved
   * @throws StoreLinkException if the store's {@code .lock} is a symbolic link
   */
  public static <T> JsonDocumentStore<T> open(
      Path directory, DocumentType<T> type, TwentyMinuteJson json) {
    return open(directory, type, json, (id, entry) -> { });
  }

  /**
   * Opens a store whose entries must also pass a consistency check, which throws
   * {@link IllegalArgumentException} for an entry whose document disagrees with its id; the
   * problem is reported at the entry.
   */
  static <T> JsonDocumentStore<T> open(Path directory, DocumentType<T> type,
      TwentyMinuteJson json, BiConsumer<String, Stored<T>> consistency) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(consistency, "consistency");
    JsonDocumentStore<T> store =
        new JsonDocumentStore<>(StoreLayout.open(directory), type, json, consistency);
    try {
      store.files.removeAbandoned();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return store;
  }

  /**
   * Checks that an id is valid for a store: the core's id grammar.
   *
   * @param id the id, not null
   * @return the id
   * @throws IllegalArgumentException if the id does not match {@value #ID_PATTERN}
   */
  public static String checkId(String id) {
    return StoreFileNames.checkId(id);
  }

  /**
   * Returns the store's directory.
   *
   * @return the directory, as a real path
   */
  public Path directory() {
    return layout.directory();
  }

  /**
   * Returns the type of the documents.
   *
   * @return the type
   */
  public DocumentType<T> type() {
    return type;
  }

  /**
   * Returns the file that holds, or would hold, a document.
   *
   * @param id the id, not null
   * @return the file
   * @throws IllegalArgumentException if the id is invalid
   */
  public Path fileOf(String id) {
    return layout.file(checkId(id));
  }

  // ------------------------------------------------------------------ writing

  /**
   * Saves a document, replacing the given revision.
   *
   * @param id the id, not null, valid for {@link #checkId(String)}
   * @param value the document, not null
   * @param expectedRevision the revision being replaced, as last loaded or saved; 0 for a new
   *     document
   * @return the saved document, with revision {@code expectedRevision + 1}
   * @throws IllegalArgumentException if the id is invalid or the revision negative
   * @throws StoreConflictException if the stored revision is not {@code expectedRevision};
   *     nothing is written
   * @throws RevisionOverflowException if {@code expectedRevision} is {@link Long#MAX_VALUE},
   *     which has no next revision; nothing is written
   * @throws JsonFormatException if the stored file cannot be read; it is not replaced
   * @throws StoreLinkException if the document's file or {@code .lock} is a symbolic link;
   *     nothing is written
   * @throws UncheckedIOException if writing fails; the previous version is kept
   */
  public Stored<T> save(String id, T value, long expectedRevision) {
    checkId(id);
    Objects.requireNonNull(value, "value");
    Stored<T> next = new Stored<>(id, CompareAndSet.next(id, expectedRevision), value);
    put(next, expectedRevision);
    return next;
  }

  /** Writes an entry if the stored revision is {@code expectedRevision} (0: absent). */
  private void put(Stored<T> entry, long expectedRevision) {
    byte[] bytes = codec.write(entry, json.prettyPrint());
    try (AtomicFiles.Pending written = files.write(entry.id(), bytes)) {
      revisions.replace(entry.id(), layout.file(entry.id()), expectedRevision, written);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes a document, if it is at the given revision.
   *
   * @param id the id, not null
   * @param expectedRevision the revision being deleted, 1 or more
   * @return true if the document was deleted, false if it did not exist
   * @throws IllegalArgumentException if the id is invalid or the revision below 1
   * @throws StoreConflictException if the document exists at another revision
   * @throws JsonFormatException if the stored file cannot be read; it is not deleted
   * @throws UncheckedIOException if deleting fails
   */
  public boolean delete(String id, long expectedRevision) {
    Path target = fileOf(id);
    if (expectedRevision < 1) {
      throw new IllegalArgumentException(
          "expected revision must be 1 or more, but was " + expectedRevision);
    }
    try {
      return revisions.delete(id, target, expectedRevision);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Loads a document.
   *
   * @param id the id, not null
   * @return the document, or empty if there is none with that id
   * @throws IllegalArgumentException if the id is invalid
   * @throws JsonFormatException if the file cannot be read as an entry of this store's type, or
   *     is longer than the reading limit on document length; its source is the file
   * @throws StoreLinkException if the document's file is a symbolic link
   * @throws UncheckedIOException if the file cannot be read
   */
  public Optional<Stored<T>> load(String id) {
    try {
      return entries.read(fileOf(id), id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists the ids of the documents in the store.
   *
   * @return the ids, sorted; files whose names are not an id's are left out
   * @throws UncheckedIOException if the directory cannot be read
   */
  public List<String> list() {
    List<String> ids = new ArrayList<>();
    try (DirectoryStream<Path> all = layout.entryFiles()) {
      for (Path file : all) {
        StoreLayout.idOf(file).ifPresent(ids::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(ids);
    return ids;
  }

  /**
   * Loads every document, reporting the files that cannot be read instead of failing.
   *
   * @return the documents in id order, and the problems
   * @throws UncheckedIOException if the directory cannot be read
   */
  public LoadResult<T> loadAll() {
    List<Stored<T>> documents = new ArrayList<>();
    List<StoreProblem> problems = new ArrayList<>();
    try (Stream<Stored<T>> all = streamAll(problems::add)) {
      all.forEach(documents::add);
    }
    documents.sort((a, b) -> a.id().compareTo(b.id()));
    problems.sort((a, b) -> String.valueOf(a.file().orElse(null))
        .compareTo(String.valueOf(b.file().orElse(null))));
    return new LoadResult<>(documents, problems);
  }

  /**
   * Streams every document, reading one file at a time, in no particular order. Files that
   * cannot be read are passed to {@code problems} as they are met, and the stream goes on. Close
   * the stream when done.
   *
   * @param problems receives each file that cannot be read, not null
   * @return the documents, lazily read
   * @throws UncheckedIOException if the directory cannot be read
   */
  public Stream<Stored<T>> streamAll(Consumer<StoreProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    DirectoryStream<Path> all;
    try {
      all = layout.entryFiles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Iterator<Path> paths = all.iterator();
    Iterator<Stored<T>> documents = new Iterator<>() {
      private @Nullable Stored<T> next;

      @Override
      public boolean hasNext() {
        while (next == null && paths.hasNext()) {
          next = tryLoad(paths.next(), problems);
        }
        return next != null;
      }

      @Override
      public Stored<T> next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Stored<T> result = Objects.requireNonNull(next);
        next = null;
        return result;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
          try {
            all.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private @Nullable Stored<T> tryLoad(Path file, Consumer<StoreProblem> reported) {
    Consumer<StoreProblem> problems = problem -> {
      LOG.warn("Skipped a file of {}: {}", this, problem.message());
      reported.accept(problem);
    };
    Optional<String> id = StoreLayout.idOf(file);
    if (id.isEmpty()) {
      problems.accept(new StoreProblem(file, 0, file + ": not a document of this store: the"
          + " name is not the file name of an id matching " + ID_PATTERN, null));
      return null;
    }
    try {
      Optional<Stored<T>> entry = entries.read(file, id.get());
      if (entry.isEmpty()) {
        LOG.debug("Skipped {}: deleted since the directory was listed", file);
      }
      return entry.orElse(null);
    } catch (JsonFormatException e) {
      problems.accept(new StoreProblem(file, 0, e.getMessage(), e));
    } catch (IOException e) {
      problems.accept(new StoreProblem(file, 0, file + ": cannot be read: " + e,
          new UncheckedIOException(e)));
    } catch (RuntimeException e) {
      problems.accept(new StoreProblem(file, 0, file + ": cannot be read: " + e, e));
    }
    return null;
  }

  // ------------------------------------------------------------------ JSON Lines

  /**
   * Writes every readable document as JSON Lines: one compact store entry per line, each ending
   * with {@code \n}, in no particular order, one document in memory at a time. The writer is
   * flushed and left open.
   *
   * @param out the writer, not null
   * @return how many documents were written, and the files that could not be read
   * @throws UncheckedIOException if reading the directory or writing fails
   */
  public TransferResult exportJsonLines(Writer out) {
    Objects.requireNonNull(out, "out");
    return export(line -> out.write(new String(line, StandardCharsets.UTF_8)), out::flush);
  }

  /**
   * Writes every readable document as JSON Lines in UTF-8; see {@link #exportJsonLines(Writer)}.
   *
   * @param out the stream, not null; flushed and left open
   * @return how many documents were written, and the files that could not be read
   * @throws UncheckedIOException if reading the directory or writing fails
   */
  public TransferResult exportJsonLines(OutputStream out) {
    Objects.requireNonNull(out, "out");
    OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
    return export(buffered::write, buffered::flush);
  }

  /** Writes the bytes of one line, without its ending. */
  private interface LineSink {
    void write(byte[] line) throws IOException;
  }

  /** Flushes what was written. */
  private interface Flush {
    void flush() throws IOException;
  }

  private TransferResult export(LineSink sink, Flush flush) {
    ProblemList problems = new ProblemList();
    long count = 0;
    byte[] newline = {'\n'};
    try (Stream<Stored<T>> all = streamAll(problems)) {
      Iterator<Stored<T>> documents = all.iterator();
      while (documents.hasNext()) {
        sink.write(codec.write(documents.next(), false));
        sink.write(newline);
        count++;
      }
      flush.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems.result(count);
  }

  /**
   * Reads JSON Lines as written by {@link #exportJsonLines(Writer)} into this store, one line at
   * a time, keeping each entry's id and revision. Blank lines are skipped. A line that is not a
   * valid entry of this store's type, one longer than the reading limit on document length, and
   * an id already in the store are reported and skipped: nothing is overwritten, and the import
   * goes on with the next line. The first 1000 problems are kept, the others counted.
   *
   * @param in the reader, not null; read to its end and left open
   * @return how many documents were imported, and the lines that were not
   * @throws UncheckedIOException if reading or writing fails
   */
  public TransferResult importJsonLines(Reader in) {
    Objects.requireNonNull(in, "in");
    return new JsonLinesImport<>(codec, json, entry -> put(entry, 0)).run(in);
  }

  /** Sets an action to run after the temporary file is written and before it is moved. */
  void beforeMove(Consumer<Path> action) {
    files.beforeMove(action);
  }

  /** Returns the directory and the document type, such as {@code /data/agendas (agenda@1)}. */
  @Override
  public String toString() {
    return directory() + " (" + type.name().toLowerCase(Locale.ROOT) + "@" + type.version() + ")";
  }
}
