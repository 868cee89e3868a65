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
 * {@link DocumentType#MEETING_RECORD} documents keyed by the record's own id. The optimistic
 * revision is the store's alone: it lives in the {@link Stored} value beside the record, never in
 * the record.
 *
 * <pre>{@code
 * JsonMeetingStore store = JsonMeetingStore.open(Path.of("meetings"));
 * Stored<MeetingRecord> saved = store.save(record, 0);            // 0: a new record
 * Stored<MeetingRecord> later = store.save(changed(saved.value()), saved.revision());
 * store.save(changed(saved.value()), saved.revision());           // StoreConflictException
 * }</pre>
 *
 * <p>Everything {@link JsonDocumentStore} promises holds here: atomic, synced writes; conflicts
 * detected; every record id the core accepts is accepted, case kept, in a file name that is
 * safe on case-insensitive file systems too; a corrupt file reported with its path while the
 * others still load; JSON Lines export and import in constant memory. A file whose record's id
 * is not the entry's is reported as corrupt. Every write goes through this class's checks: it
 * hands out no way to write a document that it would then refuse to read.
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
  }

  /**
   * Returns the file that holds, or would hold, a record.
   *
   * @param id the record's id, not null
   * @return the file
   * @throws IllegalArgumentException if the id is not a valid record id
   */
  public Path fileOf(String id) {
    return documents.fileOf(id);
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
   * Saves a record under its own id, replacing the given revision.
   *
   * @param record the record, not null
   * @param expectedRevision the revision being replaced, as last loaded or saved; 0 for a new
   *     record
   * @return the saved record with its new revision, {@code expectedRevision + 1}
   * @throws IllegalArgumentException if the revision is negative
   * @throws StoreConflictException if the stored revision is not {@code expectedRevision};
   *     nothing is written
   * @throws RevisionOverflowException if the stored revision is {@link Long#MAX_VALUE}; nothing
   *     is written
   * @throws JsonFormatException if the stored file cannot be read; it is not replaced
   * @throws UncheckedIOException if writing fails; the previous version is kept
   */
  public Stored<MeetingRecord> save(MeetingRecord record, long expectedRevision) {
    Objects.requireNonNull(record, "record");
    return documents.save(record.id(), record, expectedRevision);
  }

  /**
   * Loads a record.
   *
   * @param id the record's id, not null
   * @return the record with its revision, or empty if there is none with that id
   * @throws IllegalArgumentException if the id is not a valid record id
   * @throws JsonFormatException if the file cannot be read; its source is the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public Optional<Stored<MeetingRecord>> load(String id) {
    return documents.load(id);
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
   * @return the records with their revisions, lazily read
   * @throws UncheckedIOException if the directory cannot be read
   */
  public Stream<Stored<MeetingRecord>> streamAll(Consumer<StoreProblem> problems) {
    return documents.streamAll(problems);
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
