package io.github.twentyminute.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;

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
 * <p><b>Ids</b> are 1 to {@value #MAX_ID_LENGTH} lower-case letters, digits, {@code _} and
 * {@code -}, starting with a letter or digit ({@value #ID_PATTERN}), and not a name that Windows
 * reserves for devices ({@code con}, {@code nul}, {@code com1}, ...). So an id can hold no path
 * separator, no {@code ..}, and no two ids differ only in case (which would clash on
 * case-insensitive file systems). {@link #checkId(String)} refuses the others.
 *
 * <p><b>Saving</b> writes the new entry to a temporary file in the same directory (named
 * {@code .<id>.<random>.tmp}), flushes it and forces it to the device, then, holding the
 * directory's lock (a lock within this JVM and a file lock on {@code .lock} against other
 * processes), checks the revision and atomically moves the temporary file over the document's
 * file, and forces the directory. A crash at any point leaves either the previous version or
 * the new one, whole; at worst a temporary file is left behind, which the store ignores.
 *
 * <p><b>Revisions</b> are optimistic: each save names the revision it replaces (0 for a new
 * document) and fails with {@link StoreConflictException} if the stored one differs, so of two
 * concurrent saves of the same revision exactly one succeeds. The same holds for
 * {@link #delete(String, long)}. A file that cannot be read is never replaced: saving over it
 * fails with the {@link JsonFormatException} that names it.
 *
 * <p><b>Reading</b> never takes the lock: files are only ever replaced whole. A corrupt or
 * truncated file is reported with its path, as a {@link JsonFormatException} by
 * {@link #load(String)} and as a {@link StoreProblem} by {@link #loadAll()} and
 * {@link #streamAll(Consumer)}, while the other files are still read.
 *
 * <p><b>JSON Lines</b>: {@link #exportJsonLines(Writer)} writes one compact entry per line and
 * {@link #importJsonLines(Reader)} reads them back, both one document at a time, so memory use
 * does not grow with the size of the store.
 *
 * <p>Instances are thread-safe; several instances and processes may share a directory.
 *
 * @param <T> the type of the documents
 */
public final class JsonDocumentStore<T> {
  /** The longest id, in characters. */
  public static final int MAX_ID_LENGTH = 64;
  /** The syntax of an id, as a regular expression. */
  public static final String ID_PATTERN = "[a-z0-9][a-z0-9_-]{0,63}";
  /** The format of the files of a store. */
  public static final String ENTRY_FORMAT = "twentyminute/store-entry@1";
  /** The resource holding the JSON Schema (draft 2020-12) of the files of a store. */
  public static final String ENTRY_SCHEMA_RESOURCE =
      "io/github/twentyminute/json/schema/store-entry-1.schema.json";

  private static final Logger LOG = LoggerFactory.getLogger(JsonDocumentStore.class);
  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");
  private static final String SUFFIX = ".json";
  private static final String LOCK_FILE = ".lock";
  private static final Fields ENTRY = Fields.of("format", "id", "revision", "document");
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final Path directory;
  private final DocumentType<T> type;
  private final TwentyMinuteJson json;
  private final ReentrantLock lock;
  private volatile Consumer<Path> beforeMove = path -> { };
  private final java.util.function.BiConsumer<String, Stored<T>> consistency;

  private JsonDocumentStore(Path directory, DocumentType<T> type, TwentyMinuteJson json,
      java.util.function.BiConsumer<String, Stored<T>> consistency) {
    this.consistency = consistency;
    this.directory = directory;
    this.type = type;
    this.json = json;
    this.lock = LOCKS.computeIfAbsent(directory, d -> new ReentrantLock());
  }

  /**
   * Opens a store in a directory, creating the directory if needed, with indented files and the
   * default reading limits.
   *
   * @param <T> the type of the documents
   * @param directory the directory, not null
   * @param type the type of the documents, not null
   * @return the store
   * @throws UncheckedIOException if the directory cannot be created or resolved
   */
  public static <T> JsonDocumentStore<T> open(Path directory, DocumentType<T> type) {
    return open(directory, type, TwentyMinuteJson.create());
  }

  /**
   * Opens a store in a directory, creating the directory if needed.
   *
   * @param <T> the type of the documents
   * @param directory the directory, not null
   * @param type the type of the documents, not null
   * @param json the layout and limits for reading and writing files, not null
   * @return the store
   * @throws UncheckedIOException if the directory cannot be created or resolved
   */
  public static <T> JsonDocumentStore<T> open(
      Path directory, DocumentType<T> type, TwentyMinuteJson json) {
    return open(directory, type, json, (id, entry) -> { });
  }

  /**
   * Opens a store whose entries must also pass a consistency check, which throws
   * {@link IllegalArgumentException} for an entry whose document disagrees with its id or
   * revision; the problem is reported at the entry.
   */
  static <T> JsonDocumentStore<T> open(Path directory, DocumentType<T> type,
      TwentyMinuteJson json, java.util.function.BiConsumer<String, Stored<T>> consistency) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(json, "json");
    try {
      Files.createDirectories(directory);
      return new JsonDocumentStore<>(directory.toRealPath(), type, json, consistency);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that an id is valid for a store.
   *
   * @param id the id, not null
   * @return the id
   * @throws IllegalArgumentException if the id does not match {@value #ID_PATTERN} or is a name
   *     Windows reserves
   */
  public static String checkId(String id) {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("document id must be 1 to " + MAX_ID_LENGTH
          + " lower-case letters, digits, _ or -, starting with a letter or digit (no path"
          + " separators, dots or capitals), but was " + StrictReader.quote(id)
          + (id.length() > MAX_ID_LENGTH ? " (" + id.length() + " characters)" : ""));
    }
    if (RESERVED.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "document id must not be a device name that Windows reserves, but was \"" + id + "\"");
    }
    return id;
  }

  /**
   * Returns the store's directory.
   *
   * @return the directory, as a real path
   */
  public Path directory() {
    return directory;
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
    return directory.resolve(checkId(id) + SUFFIX);
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
   * @throws UncheckedIOException if writing fails; the previous version is kept
   */
  public Stored<T> save(String id, T value, long expectedRevision) {
    checkId(id);
    Objects.requireNonNull(value, "value");
    if (expectedRevision < 0) {
      throw new IllegalArgumentException(
          "expected revision must be 0 (new) or more, but was " + expectedRevision);
    }
    if (expectedRevision == Long.MAX_VALUE) {
      throw new RevisionOverflowException(id, expectedRevision);
    }
    Stored<T> next = new Stored<>(id, expectedRevision + 1, value);
    put(next, expectedRevision);
    return next;
  }

  /** Writes an entry if the stored revision is {@code expectedRevision} (0: absent). */
  private void put(Stored<T> entry, long expectedRevision) {
    Path target = directory.resolve(entry.id() + SUFFIX);
    byte[] bytes = entryBytes(entry, json.prettyPrint());
    Path temp = null;
    try {
      temp = Files.createTempFile(directory, "." + entry.id() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      beforeMove.accept(temp);
      try (DirectoryLock held = lockDirectory()) {
        long actual = currentRevision(target);
        if (actual != expectedRevision) {
          throw new StoreConflictException(entry.id(), expectedRevision, actual);
        }
        move(temp, target);
        temp = null;
        syncDirectory();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.warn("Left the temporary file {} behind: it cannot be deleted ({}); the store"
              + " ignores it", temp, e.toString());
        }
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + target.getParent()
          + " cannot replace files atomically, which the store needs", e);
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
    try (DirectoryLock held = lockDirectory()) {
      long actual = currentRevision(target);
      if (actual == 0) {
        return false;
      }
      if (actual != expectedRevision) {
        throw new StoreConflictException(id, expectedRevision, actual);
      }
      Files.delete(target);
      syncDirectory();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long currentRevision(Path target) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(target);
    } catch (NoSuchFileException e) {
      return 0;
    }
    return readEntry(bytes, target.toString(), idOf(target)).revision();
  }

  private void syncDirectory() {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open or force a directory; the move itself is atomic.
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Loads a document.
   *
   * @param id the id, not null
   * @return the document, or empty if there is none with that id
   * @throws IllegalArgumentException if the id is invalid
   * @throws JsonFormatException if the file cannot be read as an entry of this store's type; its
   *     source is the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public Optional<Stored<T>> load(String id) {
    Path file = fileOf(id);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(readEntry(bytes, file.toString(), id));
  }

  /**
   * Lists the ids of the documents in the store.
   *
   * @return the ids, sorted; files whose names are not valid ids are left out
   * @throws UncheckedIOException if the directory cannot be read
   */
  public List<String> list() {
    List<String> ids = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : files) {
        String id = idOf(file);
        if (isValidId(id)) {
          ids.add(id);
        }
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
    DirectoryStream<Path> files;
    try {
      files = Files.newDirectoryStream(directory, "*" + SUFFIX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Iterator<Path> paths = files.iterator();
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
            files.close();
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
    String id = idOf(file);
    if (!isValidId(id)) {
      problems.accept(new StoreProblem(file, 0, file + ": not a document of this store: "
          + "the name is not <id>.json with an id matching " + ID_PATTERN, null));
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      LOG.debug("Skipped {}: deleted since the directory was listed", file);
      return null;
    } catch (IOException e) {
      problems.accept(new StoreProblem(file, 0, file + ": cannot be read: " + e,
          new UncheckedIOException(e)));
      return null;
    }
    try {
      return readEntry(bytes, file.toString(), id);
    } catch (JsonFormatException e) {
      problems.accept(new StoreProblem(file, 0, e.getMessage(), e));
      return null;
    }
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
  }

  private static boolean isValidId(String id) {
    return ID.matcher(id).matches() && !RESERVED.matcher(id).matches();
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
    List<StoreProblem> problems = new ArrayList<>();
    long count = 0;
    try (Stream<Stored<T>> all = streamAll(problems::add)) {
      Iterator<Stored<T>> documents = all.iterator();
      while (documents.hasNext()) {
        byte[] line = entryBytes(documents.next(), false);
        out.write(new String(line, StandardCharsets.UTF_8));
        out.write('\n');
        count++;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TransferResult(count, problems);
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
    Writer writer = new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    return exportJsonLines(writer);
  }

  /**
   * Reads JSON Lines as written by {@link #exportJsonLines(Writer)} into this store, one line at
   * a time, keeping each entry's id and revision. Blank lines are skipped. A line that is not a
   * valid entry of this store's type, one longer than the reading limit on document length, and
   * an id already in the store are reported and skipped: nothing is overwritten.
   *
   * @param in the reader, not null; read to its end and left open
   * @return how many documents were imported, and the lines that were not
   * @throws UncheckedIOException if reading or writing fails
   */
  public TransferResult importJsonLines(Reader in) {
    Objects.requireNonNull(in, "in");
    List<StoreProblem> problems = new ArrayList<>();
    long count = 0;
    long lineNumber = 0;
    long limit = json.maxDocumentLength();
    StringBuilder line = new StringBuilder();
    try {
      java.io.BufferedReader reader = in instanceof java.io.BufferedReader
          ? (java.io.BufferedReader) in : new java.io.BufferedReader(in, 1 << 16);
      boolean more = true;
      while (more) {
        line.setLength(0);
        boolean tooLong = false;
        int c;
        while ((c = reader.read()) >= 0 && c != '\n') {
          if (line.length() < limit) {
            line.append((char) c);
          } else {
            tooLong = true;
          }
        }
        more = c >= 0;
        if (!more && line.length() == 0 && !tooLong) {
          break;
        }
        lineNumber++;
        if (tooLong) {
          problems.add(new StoreProblem(null, lineNumber, "line " + lineNumber
              + ": longer than the limit of " + limit + " characters; skipped", null));
          continue;
        }
        String text = line.toString();
        if (text.isBlank()) {
          continue;
        }
        String source = "line " + lineNumber;
        Stored<T> entry;
        try {
          entry = readEntry(text, source);
        } catch (JsonFormatException e) {
          problems.add(new StoreProblem(null, lineNumber, e.getMessage(), e));
          continue;
        }
        try {
          put(entry, 0);
          count++;
        } catch (StoreConflictException e) {
          problems.add(new StoreProblem(null, lineNumber, source + ": document " + entry.id()
              + " is already in the store at revision " + e.actualRevision()
              + "; not overwritten", e));
        } catch (JsonFormatException e) {
          problems.add(new StoreProblem(null, lineNumber, source + ": document " + entry.id()
              + " is in the store in a file that cannot be read; not overwritten: "
              + e.getMessage(), e));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TransferResult(count, problems);
  }

  // ------------------------------------------------------------------ entries

  private byte[] entryBytes(Stored<T> entry, boolean pretty) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator out = json.generator(bytes, pretty)) {
      out.writeStartObject();
      DocumentCodec.string(out, Names.FORMAT, ENTRY_FORMAT);
      DocumentCodec.string(out, Names.ID, entry.id());
      DocumentCodec.number(out, Names.REVISION, entry.revision());
      out.writeName(Names.DOCUMENT);
      type.codec().writeDocument(out, type, entry.value());
      out.writeEndObject();
      if (pretty) {
        out.writeRaw('\n');
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    return bytes.toByteArray();
  }

  /**
   * Reads an entry strictly from the bytes of a file.
   *
   * @param expectedId the id the file name gives, or null to take the entry's own
   */
  private Stored<T> readEntry(byte[] bytes, String source, @Nullable String expectedId) {
    return readEntry(() -> json.factory().createParser(ObjectReadContext.empty(), bytes), source,
        expectedId);
  }

  /** Reads an entry strictly from one line of text, as it was read. */
  private Stored<T> readEntry(String line, String source) {
    return readEntry(() -> json.factory().createParser(ObjectReadContext.empty(), line), source,
        null);
  }

  private Stored<T> readEntry(Supplier<JsonParser> open, String source,
      @Nullable String expectedId) {
    StrictReader in = null;
    try (JsonParser parser = open.get()) {
      in = new StrictReader(parser, false, source);
      in.beginObject(ENTRY);
      String id = null;
      long revision = 0;
      T value = null;
      int field;
      while ((field = in.nextField()) >= 0) {
        switch (field) {
          case 0:
            String format = in.readString();
            if (!format.equals(ENTRY_FORMAT)) {
              throw in.error("expected format \"" + ENTRY_FORMAT + "\", found "
                  + StrictReader.quote(format));
            }
            break;
          case 1:
            String found = in.readString();
            if (expectedId != null && !found.equals(expectedId)) {
              throw in.error("expected id \"" + expectedId + "\", as the file is named, found "
                  + StrictReader.quote(found));
            }
            if (!isValidId(found)) {
              throw in.error("expected an id matching " + ID_PATTERN + ", found "
                  + StrictReader.quote(found));
            }
            id = found;
            break;
          case 2:
            revision = in.readLong();
            if (revision < 1) {
              throw in.error("expected a revision of 1 or more, found " + revision);
            }
            break;
          default:
            value = type.codec().readDocument(in, type);
            break;
        }
      }
      String entryId = Objects.requireNonNull(id);
      long entryRevision = revision;
      T entryValue = Objects.requireNonNull(value);
      Stored<T> entry = in.endObject(() -> {
        Stored<T> read = new Stored<>(entryId, entryRevision, entryValue);
        consistency.accept(entryId, read);
        return read;
      });
      in.expectEnd();
      return entry;
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw in == null ? StrictReader.malformed(e, "", source) : in.malformed(e);
    }
  }

  // ------------------------------------------------------------------ locking

  /** Sets an action to run after the temporary file is written and before it is moved. */
  void beforeMove(Consumer<Path> action) {
    this.beforeMove = Objects.requireNonNull(action, "action");
  }

  private DirectoryLock lockDirectory() throws IOException {
    if (!lock.tryLock()) {
      LOG.debug("Waiting for another thread to release the lock of {}", directory);
      lock.lock();
    }
    try {
      Path lockFile = directory.resolve(LOCK_FILE);
      FileChannel channel = FileChannel.open(lockFile,
          Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE));
      try {
        FileLock fileLock = channel.tryLock();
        if (fileLock == null) {
          LOG.debug("Waiting for another process to release the file lock {}", lockFile);
          fileLock = channel.lock();
        }
        return new DirectoryLock(channel, fileLock);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      lock.unlock();
      throw e;
    }
  }

  /** The directory's lock, held: released (file lock, then JVM lock) on close. */
  private final class DirectoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock fileLock;

    DirectoryLock(FileChannel channel, FileLock fileLock) {
      this.channel = channel;
      this.fileLock = fileLock;
    }

    @Override
    public void close() throws IOException {
      try {
        fileLock.release();
        channel.close();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Returns the directory and the document type, such as {@code /data/agendas (agenda@1)}. */
  @Override
  public String toString() {
    return directory + " (" + type.name().toLowerCase(Locale.ROOT) + "@" + type.version() + ")";
  }
}
