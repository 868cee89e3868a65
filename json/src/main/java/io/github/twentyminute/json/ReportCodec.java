package io.github.twentyminute.json;

import static io.github.twentyminute.json.Shape.optional;
import static io.github.twentyminute.json.Shape.required;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.ValidationReport;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * The validation report document. Written as {@code twentyminute/report@2}: the rules that ran
 * and each finding with its id, severity, location, message key and typed arguments (see
 * {@link ArgumentsCodec}), plus its English message and hint for people reading the file; the
 * texts are not read back, since the key and the arguments make them. No derived {@code valid}
 * flag is written.
 *
 * <p>{@code twentyminute/report@1} documents still read: their violations, which held only
 * texts, become findings of those texts ({@link Finding#ofText}), and their {@code valid} flag
 * must agree with them. Findings are read in any order and kept in report order.
 */
final class ReportCodec extends DocumentCodec<ValidationReport> {
  static final ReportCodec INSTANCE = new ReportCodec();

  private static final Map<String, Severity> SEVERITIES =
      Map.of("error", Severity.ERROR, "warning", Severity.WARNING, "info", Severity.INFO);
  private static final String SEVERITY_CHOICES = "\"error\", \"warning\" or \"info\"";

  /** A report being read: either version's fields, and which of them were there. */
  private static final class ReportRead {
    List<String> rulesRun = List.of();
    @Nullable List<Finding> findings;
    @Nullable Boolean valid;
    @Nullable List<Finding> violations;
  }

  /** Every field of either version; which may and must be there depends on the version. */
  private static final Shape<ReportRead> REPORT_DOCUMENT = Shape.<ReportRead>of(
      required(Names.RULES_RUN, (in, r) -> r.rulesRun = in.readList(in::readString)),
      optional(Names.FINDINGS, (in, r) -> r.findings = in.readList(() -> readFinding(in))),
      optional(Names.VALID, (in, r) -> r.valid = in.readBoolean()),
      optional(Names.VIOLATIONS,
          (in, r) -> r.violations = in.readList(() -> readViolation(in)))).document();

  /** A finding, or a version 1 violation, being read. */
  private static final class FindingRead {
    String id = "";
    Severity severity = Severity.ERROR;
    Location location = Location.root();
    String key = "";
    Arguments arguments = Arguments.none();
    String message = "";
    String hint = "";
  }

  // The message and hint of a finding are for people; the key and the arguments make them again.
  private static final Shape<FindingRead> FINDING = Shape.of(
      required(Names.ID, (in, f) -> f.id = in.readString()),
      required(Names.SEVERITY,
          (in, f) -> f.severity = in.readChoice(SEVERITIES, SEVERITY_CHOICES)),
      required(Names.LOCATION, (in, f) -> f.location = in.readConverted(Location::parse)),
      required(Names.KEY, (in, f) -> f.key = in.readString()),
      required(Names.ARGUMENTS, (in, f) -> f.arguments = ArgumentsCodec.read(in)),
      required(Names.MESSAGE, (in, f) -> in.readString()),
      optional(Names.HINT, (in, f) -> in.readString()));
  private static final Shape<FindingRead> VIOLATION = Shape.of(
      required(Names.RULE, (in, f) -> f.id = in.readString()),
      required(Names.SEVERITY,
          (in, f) -> f.severity = in.readChoice(SEVERITIES, SEVERITY_CHOICES)),
      required(Names.PATH, (in, f) -> f.location = in.readConverted(Location::parse)),
      required(Names.MESSAGE, (in, f) -> f.message = in.readString()),
      required(Names.HINT, (in, f) -> f.hint = in.readString()));

  private ReportCodec() {}

  @Override
  void writeFields(JsonGenerator out, ValidationReport report) {
    arrayStart(out, Names.RULES_RUN);
    for (String rule : report.rulesRun()) {
      out.writeString(rule);
    }
    out.writeEndArray();
    arrayStart(out, Names.FINDINGS);
    for (Finding finding : report.findings()) {
      out.writeStartObject();
      string(out, Names.ID, finding.id());
      string(out, Names.SEVERITY, finding.severity().orElseThrow().label());
      string(out, Names.LOCATION, finding.location().toString());
      string(out, Names.KEY, finding.key());
      out.writeName(Names.ARGUMENTS);
      ArgumentsCodec.write(out, finding.arguments());
      string(out, Names.MESSAGE, finding.message());
      finding.hint().ifPresent(hint -> string(out, Names.HINT, hint));
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  @Override
  ValidationReport readDocument(StrictReader in, DocumentType<ValidationReport> type) {
    ReportRead read = new ReportRead();
    int version = in.readFields(REPORT_DOCUMENT, read, type);
    return in.endObject(() -> {
      requireFieldsOf(version, read);
      List<Finding> all = version == 1 ? read.violations : read.findings;
      ValidationReport report = ValidationReport.of(read.rulesRun,
          java.util.Objects.requireNonNull(all, "findings"));
      boolean claimed = read.valid == null || read.valid;
      if (version == 1 && report.isValid() != claimed) {
        throw new IllegalArgumentException("report says \"valid\": " + claimed
            + ", but its violations hold " + report.count(Severity.ERROR)
            + " errors; expected \"valid\": " + report.isValid());
      }
      return report;
    });
  }

  /** Checks that a document of a version has that version's fields and not the other's. */
  private static void requireFieldsOf(int version, ReportRead read) {
    boolean findings = read.findings != null;
    boolean valid = read.valid != null;
    boolean violations = read.violations != null;
    if (version == 1) {
      if (findings) {
        throw new IllegalArgumentException("a twentyminute/report@1 document has \"violations\","
            + " not \"findings\"; found \"findings\" (maybe the format should be report@2)");
      }
      if (!valid || !violations) {
        throw new IllegalArgumentException("missing required field \""
            + (valid ? "violations" : "valid") + "\"; expected the fields of a"
            + " twentyminute/report@1 document: rulesRun, valid, violations, format");
      }
      return;
    }
    if (valid || violations) {
      throw new IllegalArgumentException("a twentyminute/report@" + version + " document has"
          + " \"findings\" and no \"valid\" flag; found \"" + (valid ? "valid" : "violations")
          + "\", a field of report@1");
    }
    if (!findings) {
      throw new IllegalArgumentException("missing required field \"findings\"; expected the"
          + " fields of a twentyminute/report@" + version + " document: rulesRun, findings,"
          + " format");
    }
  }

  private static Finding readFinding(StrictReader in) {
    return in.readObject(FINDING, new FindingRead(),
        f -> Finding.of(f.id, f.location, f.key, f.arguments).withSeverity(f.severity));
  }

  private static Finding readViolation(StrictReader in) {
    return in.readObject(VIOLATION, new FindingRead(),
        f -> Finding.ofText(f.id, f.location, f.message, f.hint).withSeverity(f.severity));
  }
}
