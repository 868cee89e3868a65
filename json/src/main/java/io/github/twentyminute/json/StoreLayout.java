package io.github.twentyminute.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a store keeps what: {@code <file name of the id>} for each entry (see
 * {@link StoreFileNames}), {@code .lock} for the directory's lock, and
 * {@code .<file name without .json>.<random>.tmp} for a save in progress. Names starting with a dot are never
 * entries. Files are created owner-only (read and write for the owner) where the file system
 * has POSIX permissions. Immutable and thread-safe.
 */
final class StoreLayout {
  private static final String LOCK_FILE = ".lock";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final Path directory;
  private final boolean posix;

  private StoreLayout(Path directory) {
    this.directory = directory;
    this.posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Creates the directory if needed and returns its layout, at its real path. */
  static StoreLayout open(Path directory) {
    try {
      Files.createDirectories(directory);
      return new StoreLayout(directory.toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path directory() {
    return directory;
  }

  /** Returns the file of a valid id. */
  Path file(String id) {
    return directory.resolve(StoreFileNames.fileName(id));
  }

  /** Returns the id a file holds, or empty if its name is not an entry's. */
  static Optional<String> idOf(Path file) {
    return StoreFileNames.idOf(file.getFileName().toString());
  }

  Path lockFile() {
    return directory.resolve(LOCK_FILE);
  }

  /** Returns the attributes that make a new file owner-only, where the file system has them. */
  FileAttribute<?>[] ownerOnly() {
    return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  /** Creates a new, empty, owner-only temporary file for a save of the id. */
  Path newTemporaryFile(String id) throws IOException {
    String name = StoreFileNames.fileName(id);
    String stem = name.substring(0, name.length() - StoreFileNames.SUFFIX.length());
    return Files.createTempFile(directory, "." + stem + ".", TEMP_SUFFIX, ownerOnly());
  }

  /** Opens the entry files, {@code *.json}, whatever their names. */
  DirectoryStream<Path> entryFiles() throws IOException {
    return Files.newDirectoryStream(directory,
        file -> file.getFileName().toString().endsWith(StoreFileNames.SUFFIX)
            && !file.getFileName().toString().startsWith("."));
  }

  /** Lists the temporary files that saves have left or are writing. */
  List<Path> temporaryFiles() {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
        file -> {
          String name = file.getFileName().toString();
          return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
        })) {
      files.forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /**
   * Fails with {@link StoreLinkException} if a file of the store is a symbolic link, which the
   * store never follows.
   */
  static void refuseLink(Path file) {
    if (Files.isSymbolicLink(file)) {
      throw new StoreLinkException(file);
    }
  }

  /** Rethrows a failure to open a file as {@link StoreLinkException} if the file is a link. */
  static IOException linkOr(Path file, IOException e) {
    if (e instanceof FileSystemException && Files.isSymbolicLink(file)) {
      throw new StoreLinkException(file);
    }
    return e;
  }
}
