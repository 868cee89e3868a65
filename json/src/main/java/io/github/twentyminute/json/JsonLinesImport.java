package io.github.twentyminute.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * One import of JSON Lines into a store: reads one line at a time, never more than the limit on
 * document length of a line, and goes on after every bad line, which it reports with its number.
 * Not thread-safe; one per import.
 *
 * @param <T> the type of the documents
 */
final class JsonLinesImport<T> {
  private final EntryCodec<T> codec;
  private final long limit;
  private final Consumer<Stored<T>> put;
  private final ProblemList problems = new ProblemList();
  private final StringBuilder line = new StringBuilder();
  private long lineNumber;
  private long imported;

  /**
   * Obtains an import.
   *
   * @param put writes an entry as new, throwing {@link StoreConflictException} if its id is
   *     taken
   */
  JsonLinesImport(EntryCodec<T> codec, TwentyMinuteJson json, Consumer<Stored<T>> put) {
    this.codec = codec;
    this.limit = json.maxDocumentLength();
    this.put = put;
  }

  /** Reads every line of the reader; returns the count imported and the problems. */
  TransferResult run(Reader in) {
    BufferedReader reader = in instanceof BufferedReader
        ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
    try {
      while (readLine(reader)) {
        // each line is handled as it is read
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems.result(imported);
  }

  /** Reads and imports one line; returns false at the end of the input. */
  private boolean readLine(BufferedReader reader) throws IOException {
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
    if (c < 0 && line.length() == 0 && !tooLong) {
      return false;
    }
    lineNumber++;
    if (tooLong) {
      problem("line " + lineNumber + ": longer than the limit of " + limit
          + " characters; skipped", null);
    } else if (!line.toString().isBlank()) {
      importLine(line.toString());
    }
    return c >= 0;
  }

  private void importLine(String text) {
    String source = "line " + lineNumber;
    Stored<T> entry;
    try {
      entry = codec.read(text, source);
    } catch (JsonFormatException e) {
      problem(e.getMessage(), e);
      return;
    } catch (UncheckedIOException | StoreLinkException e) {
      throw e;
    } catch (RuntimeException e) {
      problem(source + ": cannot be read: " + e, e);
      return;
    }
    try {
      put.accept(entry);
      imported++;
    } catch (StoreConflictException e) {
      problem(source + ": document " + entry.id() + " is already in the store at revision "
          + e.actualRevision() + "; not overwritten", e);
    } catch (JsonFormatException e) {
      problem(source + ": document " + entry.id() + " is in the store in a file that cannot"
          + " be read; not overwritten: " + e.getMessage(), e);
    }
  }

  private void problem(String message, @org.jspecify.annotations.Nullable RuntimeException e) {
    problems.accept(new StoreProblem(null, lineNumber, message, e));
  }
}
