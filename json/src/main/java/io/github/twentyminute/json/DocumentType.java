package io.github.twentyminute.json;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.session.MeetingSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of top-level JSON document: its name, its version, the core type it holds, and its
 * published JSON Schema. Every document names its type in a {@code format} field, such as
 * {@code "format": "twentyminute/plan@2"}. Each type is written in its current version and read
 * in every version from its oldest readable one.
 *
 * <p>The document types of this version of the library:
 *
 * <table>
 *   <caption>Document types</caption>
 *   <tr><th>constant</th><th>format</th><th>holds</th><th>also reads</th></tr>
 *   <tr><td>{@link #PLAN}</td><td>{@code twentyminute/plan@2}</td><td>{@link MeetingPlan}</td>
 *       <td>{@code @1}, whose follow-up policy is checked and dropped</td></tr>
 *   <tr><td>{@link #AGENDA}</td><td>{@code twentyminute/agenda@2}</td><td>{@link Agenda}, with
 *       its plan embedded</td><td>{@code @1}, as for the plan</td></tr>
 *   <tr><td>{@link #REPORT}</td><td>{@code twentyminute/report@2}</td>
 *       <td>{@link ValidationReport}</td><td>{@code @1}, whose violations become findings of
 *       their texts</td></tr>
 *   <tr><td>{@link #SESSION}</td><td>{@code twentyminute/session@2}</td>
 *       <td>{@link MeetingSession}, as its agenda and event log</td><td>{@code @1}, as for the
 *       plan</td></tr>
 *   <tr><td>{@link #FOLLOW_UP}</td><td>{@code twentyminute/followup@1}</td>
 *       <td>{@link FollowUp}, with its follow-up policy</td><td></td></tr>
 *   <tr><td>{@link #MEETING_RECORD}</td><td>{@code twentyminute/meeting-record@2}</td>
 *       <td>{@link MeetingRecord}, each fact once</td><td>{@code @1}, whose revision is dropped
 *       and whose copies of the counterpart and the follow-up policy are checked and
 *       dropped</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the core type the document holds
 */
public final class DocumentType<T> {
  static final String FORMAT_PREFIX = "twentyminute/";

  /** The meeting plan document, {@code twentyminute/plan@2}; reads {@code @1} too. */
  public static final DocumentType<MeetingPlan> PLAN =
      new DocumentType<>("plan", 2, 1, MeetingPlan.class, PlanCodec.INSTANCE);
  /**
   * The agenda document, {@code twentyminute/agenda@2}; it embeds the agenda's plan. Reads
   * {@code @1} too.
   */
  public static final DocumentType<Agenda> AGENDA =
      new DocumentType<>("agenda", 2, 1, Agenda.class, AgendaCodec.INSTANCE);
  /**
   * The validation report document, {@code twentyminute/report@2}: each finding with its id,
   * severity, location, message key and typed arguments. Reads {@code twentyminute/report@1}
   * too, whose violations become findings of their texts.
   */
  public static final DocumentType<ValidationReport> REPORT =
      new DocumentType<>("report", 2, 1, ValidationReport.class, ReportCodec.INSTANCE);

  /**
   * The live meeting document, {@code twentyminute/session@2}: the agenda and the event log,
   * replayed on reading. Reads {@code @1} too.
   */
  public static final DocumentType<MeetingSession> SESSION =
      new DocumentType<>("session", 2, 1, MeetingSession.class, SessionCodec.INSTANCE);
  /** The follow-up document, {@code twentyminute/followup@1}. */
  public static final DocumentType<FollowUp> FOLLOW_UP =
      new DocumentType<>("followup", 1, FollowUp.class, FollowUpCodec.INSTANCE);

  /**
   * The meeting record document, {@code twentyminute/meeting-record@2}: id, agenda, session
   * events, follow-up, insights and outcome of one meeting, each fact once (no revision: a store
   * keeps it). Reads {@code @1} too, whose revision is dropped and whose second copies of the
   * counterpart and the follow-up policy must agree with the facts they copy.
   */
  public static final DocumentType<MeetingRecord> MEETING_RECORD = new DocumentType<>(
      "meeting-record", 2, 1, MeetingRecord.class, MeetingRecordCodec.INSTANCE);

  private static final List<DocumentType<?>> ALL =
      List.of(PLAN, AGENDA, REPORT, SESSION, FOLLOW_UP, MEETING_RECORD);

  private final String name;
  private final int version;
  private final int oldestVersion;
  private final Class<T> javaType;
  private final DocumentCodec<T> codec;
  private final String format;

  private DocumentType(String name, int version, Class<T> javaType, DocumentCodec<T> codec) {
    this(name, version, version, javaType, codec);
  }

  private DocumentType(String name, int version, int oldestVersion, Class<T> javaType,
      DocumentCodec<T> codec) {
    this.name = name;
    this.version = version;
    this.oldestVersion = oldestVersion;
    this.javaType = javaType;
    this.codec = codec;
    this.format = FORMAT_PREFIX + name + "@" + version;
  }

  /**
   * Returns every document type this version of the library reads and writes.
   *
   * @return the types, in a fixed order
   */
  public static List<DocumentType<?>> all() {
    return ALL;
  }

  /**
   * Finds the document type for a {@code format} value.
   *
   * @param format the value, such as {@code twentyminute/plan@1}; not null
   * @return the type, or empty if this library does not read that format and version
   */
  public static Optional<DocumentType<?>> forFormat(String format) {
    Objects.requireNonNull(format, "format");
    for (DocumentType<?> type : ALL) {
      if (type.readsVersion(format) > 0) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the type's name, as in its format.
   *
   * @return the name, such as {@code plan}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the version of the document format.
   *
   * @return the version, 1 or more
   */
  public int version() {
    return version;
  }

  /**
   * Returns the oldest version of this document type the library still reads; documents of every
   * version from this one to {@link #version()} read, and are written back in the current one.
   *
   * @return the oldest readable version, at most {@link #version()}
   */
  public int oldestVersion() {
    return oldestVersion;
  }

  /**
   * Returns the version a format names if this type reads it, or 0.
   *
   * @param format the value of a document's {@code format} field, not null
   * @return the version, or 0 if the format is not one of this type's readable versions
   */
  int readsVersion(String format) {
    String prefix = FORMAT_PREFIX + name + "@";
    if (!format.startsWith(prefix)) {
      return 0;
    }
    for (int v = oldestVersion; v <= version; v++) {
      if (format.length() == prefix.length() + Integer.toString(v).length()
          && format.endsWith(Integer.toString(v))) {
        return v;
      }
    }
    return 0;
  }

  /**
   * Returns the class path resource of the JSON Schema of one readable version.
   *
   * @param version a version from {@link #oldestVersion()} to {@link #version()}
   * @return the resource name, such as
   *     {@code io/github/twentyminute/json/schema/plan-1.schema.json}
   * @throws IllegalArgumentException if the version is not readable
   */
  public String schemaResource(int version) {
    if (version < oldestVersion || version > this.version) {
      throw new IllegalArgumentException(name + " documents have versions " + oldestVersion
          + " to " + this.version + ", not " + version);
    }
    return "io/github/twentyminute/json/schema/" + name + "-" + version + ".schema.json";
  }

  /**
   * Returns the value of the {@code format} field of documents of this type.
   *
   * @return the format, such as {@code twentyminute/plan@1}
   */
  public String format() {
    return format;
  }

  /**
   * Returns the core type the document holds.
   *
   * @return the class, such as {@code MeetingPlan.class}
   */
  public Class<T> javaType() {
    return javaType;
  }

  /**
   * Returns the name of the resource holding this type's JSON Schema (draft 2020-12).
   *
   * @return the resource name, such as
   *     {@code io/github/twentyminute/json/schema/plan-1.schema.json}
   */
  public String schemaResource() {
    return schemaResource(version);
  }

  /**
   * Returns this type's JSON Schema (draft 2020-12), as shipped in the jar.
   *
   * @return the schema text
   * @throws UncheckedIOException if the resource cannot be read
   */
  public String schema() {
    return schema(version);
  }
  /**
   * Returns the JSON Schema (draft 2020-12) of one readable version of this document type.
   *
   * @param version a version from {@link #oldestVersion()} to {@link #version()}
   * @return the schema's text
   * @throws IllegalArgumentException if the version is not readable
   */
  public String schema(int version) {
    String resource = schemaResource(version);
    try (InputStream in = DocumentType.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Impossible state: schema resource " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  DocumentCodec<T> codec() {
    return codec;
  }

  /** Returns the format, such as {@code twentyminute/plan@1}. */
  @Override
  public String toString() {
    return format;
  }
}
