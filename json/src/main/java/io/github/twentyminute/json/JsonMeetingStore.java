package io.github.twentyminute.json;

import io.github.twentyminute.journal.MeetingRecord;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A directory of {@link MeetingRecord}s, one file each: a {@link JsonDocumentStore} of
 * {@link DocumentType#MEETING_RECORD} documents keyed by the record's own id, whose optimistic
 * revision is the record's own {@link MeetingRecord#revision() revision}.
 *
 * <pre>{@code
 * JsonMeetingStore store = JsonMeetingStore.open(Path.of("meetings"));
 * MeetingRecord saved = store.save(record);                 // a new record has revision 0
 * MeetingRecord later = store.save(changed(saved));         // carries saved's revision
 * store.save(changed(saved));                               // StoreConflictException
 * }</pre>
 *
 * <p>Everything {@link JsonDocumentStore} promises holds here: atomic, synced writes; conflicts
 * detected; ids checked, so a record id must also match {@value JsonDocumentStore#ID_PATTERN}
 * (lower case, so that ids never clash on case-insensitive file systems); a corrupt file
 * reported with its path while the others still load; JSON Lines export and import in constant
 * memory. A file whose record disagrees with the entry's id or revision is reported as corrupt.
 *
 * <p>Instances are thread-safe; several instances and processes may share a directory.
 */
public final class JsonMeetingStore {
  private final JsonDocumentStore<MeetingRecord> documents;

  private JsonMeetingStore(JsonDocumentStore<MeetingRecord> documents) {
    this.documents = documents;
  }

  /**
   * Opens a store in a directory, creating the directory if needed.
   *
   * @param directory the directory, not null
   * @return the store
   * @throws UncheckedIOException if the directory cannot be created or resolved
   */
  public static JsonMeetingStore open(Path directory) {
    return open(directory, TwentyMinuteJson.create());
  }

  /**
   * Opens a store in a directory, creating the directory if needed.
   *
   * @param directory the directory, not null
   * @param json the layout and limits for reading and writing files, not null
   * @return the store
   * @throws UncheckedIOException if the directory cannot be created or resolved
   */
  public static JsonMeetingStore open(Path directory, TwentyMinuteJson json) {
    return new JsonMeetingStore(JsonDocumentStore.open(directory, DocumentType.MEETING_RECORD,
        json, JsonMeetingStore::checkConsistent));
  }

  private static void checkConsistent(String id, Stored<MeetingRecord> entry) {
    MeetingRecord record = entry.value();
    if (!record.id().equals(id)) {
      throw new IllegalArgumentException("the entry of id " + id + " holds meeting record "
          + record.id() + "; expected the same id");
    }
    if (record.revision() != entry.revision()) {
      throw new IllegalArgumentException("the entry at revision " + entry.revision()
          + " holds meeting record " + id + " at revision " + record.revision()
          + "; expected the same revision");
    }
  }

  /**
   * Returns the underlying document store, for what this class does not offer.
   *
   * @return the store of meeting record documents
   */
  public JsonDocumentStore<MeetingRecord> documents() {
    return documents;
  }

  /**
   * Returns the store's directory.
   *
   * @return the directory, as a real path
   */
  public Path directory() {
    return documents.directory();
  }

  /**
   * Saves a record over the revision it carries: a new record has revision 0.
   *
   * @param record the record, not null
   * @return the saved record, at the next revision
   * @throws IllegalArgumentException if the record's id is not a valid store id
   * @throws StoreConflictException if the stored revision is not the record's; nothing is
   *     written
   * @throws JsonFormatException if the stored file cannot be read; it is not replaced
   * @throws UncheckedIOException if writing fails; the previous version is kept
   */
  public MeetingRecord save(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    MeetingRecord next = record.nextRevision();
    documents.save(record.id(), next, record.revision());
    return next;
  }

  /**
   * Loads a record.
   *
   * @param id the record's id, not null
   * @return the record, or empty if there is none with that id
   * @throws IllegalArgumentException if the id is not a valid store id
   * @throws JsonFormatException if the file cannot be read; its source is the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public Optional<MeetingRecord> load(String id) {
    return documents.load(id).map(Stored::value);
  }

  /**
   * Lists the ids of the records.
   *
   * @return the ids, sorted
   * @throws UncheckedIOException if the directory cannot be read
   */
  public List<String> list() {
    return documents.list();
  }

  /**
   * Deletes a record, if it is at the given revision.
   *
   * @param id the id, not null
   * @param revision the revision being deleted, 1 or more
   * @return true if the record was deleted, false if it did not exist
   * @throws StoreConflictException if the record exists at another revision
   * @throws JsonFormatException if the stored file cannot be read; it is not deleted
   * @throws UncheckedIOException if deleting fails
   */
  public boolean delete(String id, long revision) {
    return documents.delete(id, revision);
  }

  /**
   * Loads every record, reporting the files that cannot be read instead of failing.
   *
   * @return the records in id order, and the problems
   * @throws UncheckedIOException if the directory cannot be read
   */
  public LoadResult<MeetingRecord> loadAll() {
    return documents.loadAll();
  }

  /**
   * Streams every record, one file at a time, in no particular order; close the stream when
   * done.
   *
   * @param problems receives each file that cannot be read, not null
   * @return the records, lazily read
   * @throws UncheckedIOException if the directory cannot be read
   */
  public Stream<MeetingRecord> streamAll(Consumer<StoreProblem> problems) {
    return documents.streamAll(problems).map(Stored::value);
  }

  /**
   * Writes every readable record as JSON Lines; see
   * {@link JsonDocumentStore#exportJsonLines(Writer)}.
   *
   * @param out the writer, not null; flushed and left open
   * @return how many records were written, and the files that could not be read
   * @throws UncheckedIOException if reading the directory or writing fails
   */
  public TransferResult exportJsonLines(Writer out) {
    return documents.exportJsonLines(out);
  }

  /**
   * Writes every readable record as JSON Lines in UTF-8; see
   * {@link JsonDocumentStore#exportJsonLines(Writer)}.
   *
   * @param out the stream, not null; flushed and left open
   * @return how many records were written, and the files that could not be read
   * @throws UncheckedIOException if reading the directory or writing fails
   */
  public TransferResult exportJsonLines(OutputStream out) {
    return documents.exportJsonLines(out);
  }

  /**
   * Reads JSON Lines into this store, overwriting nothing; see
   * {@link JsonDocumentStore#importJsonLines(Reader)}.
   *
   * @param in the reader, not null; read to its end and left open
   * @return how many records were imported, and the lines that were not
   * @throws UncheckedIOException if reading or writing fails
   */
  public TransferResult importJsonLines(Reader in) {
    return documents.importJsonLines(in);
  }

  /** Returns the directory, such as {@code /data/meetings (meeting records)}. */
  @Override
  public String toString() {
    return directory() + " (meeting records)";
  }
}
