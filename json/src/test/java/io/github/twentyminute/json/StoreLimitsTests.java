package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.testing.SampleMeeting;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's bounds: file sizes checked before reading, imports that keep few problems, temporary
 * files of dead saves removed, links never followed, revisions that cannot overflow.
 */
class StoreLimitsTests {
  @TempDir
  Path dir;

  private JsonDocumentStore<Agenda> agendas() {
    return JsonDocumentStore.open(dir.resolve("agendas"), DocumentType.AGENDA);
  }

  @Test
  void reportsAFileOverTheLengthLimitWithoutReadingIt() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("ana", SampleMeeting.agenda(), 0);
    Path huge = store.fileOf("huge");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(300L << 20); // 300 MiB, sparse: no memory and little disk
    }

    BadValueException e = catchThrowableOfType(BadValueException.class,
        () -> store.load("huge"));
    assertThat(e.source()).contains(huge.toString());
    assertThat(e.expected()).isEqualTo("a file of at most "
        + TwentyMinuteJson.create().maxDocumentLength() + " bytes");
    assertThat(e.found()).isEqualTo("one of " + (300L << 20) + " bytes");
    LoadResult<Agenda> all = store.loadAll();
    assertThat(all.documents()).extracting(Stored::id).containsExactly("ana");
    assertThat(all.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).contains(huge);
      assertThat(problem.cause()).containsInstanceOf(BadValueException.class);
    });
  }

  /**
   * Many bad lines: the import finishes, counts them all and keeps the first 1000. Run with
   * {@code bad} at one million and {@code -Xmx256m}, this finished in about 32 s; the suite
   * runs a tenth of that.
   */
  @Test
  void anImportOfManyBadLinesFinishesWithACountAndFewProblemsKept() {
    JsonDocumentStore<Agenda> source = JsonDocumentStore.open(dir.resolve("a"),
        DocumentType.AGENDA);
    source.save("ana", SampleMeeting.agenda(), 0);
    java.io.StringWriter good = new java.io.StringWriter();
    source.exportJsonLines(good);
    int bad = 100_000;
    Reader lines = new Reader() {
      private final String last = good.toString();
      private long position;
      private final long badLength = 2L * bad;

      @Override
      public int read(char[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
          if (position < badLength) {
            buffer[offset + n++] = position % 2 == 0 ? 'x' : '\n';
          } else if (position - badLength < last.length()) {
            buffer[offset + n++] = last.charAt((int) (position - badLength));
          } else {
            return n == 0 ? -1 : n;
          }
          position++;
        }
        return n;
      }

      @Override
      public void close() {}
    };

    TransferResult result = agendas().importJsonLines(lines);

    assertThat(result.transferred()).isEqualTo(1);
    assertThat(result.problemCount()).isEqualTo(bad);
    assertThat(result.problems()).hasSize(1000);
    assertThat(result.problems().get(999).line()).isEqualTo(1000);
    assertThat(agendas().list()).containsExactly("ana");
  }

  @Test
  void openingRemovesTheTemporaryFilesOfSavesThatDiedAndKeepsLiveOnes() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    Path dead = store.directory().resolve(".dana.123.tmp");
    Path live = store.directory().resolve(".dana.456.tmp");
    Files.writeString(dead, "{\"half");
    Files.writeString(live, "{\"writing");
    try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      JsonDocumentStore<Agenda> again = agendas();
      assertThat(dead).doesNotExist();
      assertThat(live).exists();
      assertThat(again.load("dana")).isPresent();
    }
    agendas();
    assertThat(live).doesNotExist();
    assertThat(store.list()).containsExactly("dana");
  }

  @Test
  void refusesALockFileThatIsADanglingLinkAndCreatesNothingOutside() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    Path outside = dir.resolve("outside-target");
    Files.createSymbolicLink(store.directory().resolve(".lock"), outside);

    StoreLinkException e = catchThrowableOfType(StoreLinkException.class,
        () -> store.save("dana", SampleMeeting.agenda(), 0));

    assertThat(e.file()).isEqualTo(store.directory().resolve(".lock"));
    assertThat(outside).doesNotExist();
    assertThat(store.list()).isEmpty();
    try (Stream<Path> files = Files.list(store.directory())) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(".lock");
    }
  }

  @Test
  void refusesADocumentFileThatIsALink() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("ana", SampleMeeting.agenda(), 0);
    Path elsewhere = dir.resolve("elsewhere.json");
    Files.copy(store.fileOf("ana"), elsewhere);
    Files.createSymbolicLink(store.fileOf("eli"), elsewhere);

    assertThatThrownBy(() -> store.load("eli")).isInstanceOf(StoreLinkException.class);
    assertThatThrownBy(() -> store.save("eli", SampleMeeting.agenda(), 1))
        .isInstanceOf(StoreLinkException.class);
    assertThat(store.loadAll().problems()).singleElement()
        .satisfies(p -> assertThat(p.cause()).containsInstanceOf(StoreLinkException.class));
    assertThat(Files.readString(elsewhere)).isEqualTo(Files.readString(store.fileOf("ana")));
  }

  @Test
  void refusesASaveAfterTheHighestRevisionAndWritesNothing() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    store.save("dana", SampleMeeting.agenda(), 0);
    Path file = store.fileOf("dana");
    Files.writeString(file, Files.readString(file).replace("\"revision\": 1",
        "\"revision\": " + Long.MAX_VALUE));
    String before = Files.readString(file);
    assertThat(store.load("dana").orElseThrow().revision()).isEqualTo(Long.MAX_VALUE);

    RevisionOverflowException e = catchThrowableOfType(RevisionOverflowException.class,
        () -> store.save("dana", SampleMeeting.agenda(), Long.MAX_VALUE));

    assertThat(e.id()).isEqualTo("dana");
    assertThat(e.revision()).isEqualTo(Long.MAX_VALUE);
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(store.loadAll().isComplete()).isTrue();
  }

  @Test
  void createsOwnerOnlyFiles() throws Exception {
    JsonDocumentStore<Agenda> store = agendas();
    org.assertj.core.api.Assumptions.assumeThat(
        store.directory().getFileSystem().supportedFileAttributeViews()).contains("posix");
    store.save("dana", SampleMeeting.agenda(), 0);
    for (Path file : new Path[] {store.fileOf("dana"), store.directory().resolve(".lock")}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as(file.toString()).isEqualTo("rw-------");
    }
  }
}
