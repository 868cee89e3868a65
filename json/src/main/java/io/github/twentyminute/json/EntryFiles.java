package io.github.twentyminute.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads the entry files of a store: never through a symbolic link, and never a file longer
 * than the reading limit on document length, whose size is checked before a byte is read, so
 * memory stays bounded whatever lies in the directory. Immutable and thread-safe.
 *
 * @param <T> the type of the documents
 */
final class EntryFiles<T> {
  private final EntryCodec<T> codec;
  private final long limit;

  EntryFiles(EntryCodec<T> codec, TwentyMinuteJson json) {
    this.codec = codec;
    this.limit = Math.min(json.maxDocumentLength(), Integer.MAX_VALUE - 16);
  }

  /**
   * Reads the entry of an id from its file.
   *
   * @return the entry, or empty if there is no file
   * @throws JsonFormatException if the file is too long or not a valid entry for the id
   * @throws StoreLinkException if the file is a symbolic link
   */
  Optional<Stored<T>> read(Path file, String id) throws IOException {
    Optional<byte[]> bytes = bytes(file);
    return bytes.isEmpty() ? Optional.empty()
        : Optional.of(codec.read(bytes.get(), file.toString(), id));
  }

  /** Returns the revision in a file, or 0 if there is none. */
  long revision(Path file, String id) throws IOException {
    return read(file, id).map(Stored::revision).orElse(0L);
  }

  private Optional<byte[]> bytes(Path file) throws IOException {
    StoreLayout.refuseLink(file);
    try (SeekableByteChannel channel =
        Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      long size = channel.size();
      if (size > limit) {
        throw tooLong(file, size);
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // reads until full: files are replaced whole, never grown
      }
      return Optional.of(buffer.hasRemaining()
          ? java.util.Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw StoreLayout.linkOr(file, e);
    }
  }

  private JsonFormatException tooLong(Path file, long size) {
    String expected = "a file of at most " + limit + " bytes";
    String found = "one of " + size + " bytes";
    return new BadValueException("", 1, 1, "expected " + expected + " (the limit on document"
        + " length), found " + found + "; it is not read", expected, found, file.toString(),
        null);
  }
}
