package io.github.twentyminute.json;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.ValidationReport;
import java.util.List;
import java.util.Map;
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

  private static final int RULES_RUN = 0;
  private static final int FINDINGS = 1;
  private static final int VALID = 2;
  private static final int VIOLATIONS = 3;
  /** Every field of either version; which may and must be there depends on the version. */
  private static final Fields REPORT_DOCUMENT =
      document("rulesRun", "findings?", "valid?", "violations?");
  private static final Fields FINDING =
      Fields.of("id", "severity", "location", "key", "arguments", "message", "hint?");
  private static final Fields VIOLATION = Fields.of("rule", "severity", "path", "message", "hint");
  private static final Map<String, Severity> SEVERITIES =
      Map.of("error", Severity.ERROR, "warning", Severity.WARNING, "info", Severity.INFO);
  private static final String SEVERITY_CHOICES = "\"error\", \"warning\" or \"info\"";

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
    in.beginObject(REPORT_DOCUMENT);
    int version = 0;
    boolean valid = true;
    List<String> rulesRun = List.of();
    List<Finding> findings = List.of();
    long seen = 0;
    int field;
    while ((field = in.nextField()) >= 0) {
      seen |= 1L << field;
      switch (field) {
        case RULES_RUN:
          rulesRun = in.readList(in::readString);
          break;
        case FINDINGS:
          findings = in.readList(() -> readFinding(in));
          break;
        case VALID:
          valid = in.readBoolean();
          break;
        case VIOLATIONS:
          findings = in.readList(() -> readViolation(in));
          break;
        default:
          version = readFormat(in, type);
          break;
      }
    }
    int found = version;
    long present = seen;
    boolean claimed = valid;
    List<String> rules = rulesRun;
    List<Finding> all = findings;
    return in.endObject(() -> {
      requireFieldsOf(found, present);
      ValidationReport report = ValidationReport.of(rules, all);
      if (found == 1 && report.isValid() != claimed) {
        throw new IllegalArgumentException("report says \"valid\": " + claimed
            + ", but its violations hold " + report.count(Severity.ERROR)
            + " errors; expected \"valid\": " + report.isValid());
      }
      return report;
    });
  }

  /** Checks that a document of a version has that version's fields and not the other's. */
  private static void requireFieldsOf(int version, long present) {
    boolean findings = (present & (1L << FINDINGS)) != 0;
    boolean valid = (present & (1L << VALID)) != 0;
    boolean violations = (present & (1L << VIOLATIONS)) != 0;
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
    in.beginObject(FINDING);
    String id = "";
    Severity severity = Severity.ERROR;
    Location location = Location.root();
    String key = "";
    Arguments arguments = Arguments.none();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          id = in.readString();
          break;
        case 1:
          severity = in.readChoice(SEVERITIES, SEVERITY_CHOICES);
          break;
        case 2:
          location = in.readConverted(Location::parse);
          break;
        case 3:
          key = in.readString();
          break;
        case 4:
          arguments = ArgumentsCodec.read(in);
          break;
        default:
          // The message and hint are for people; the key and the arguments make them again.
          in.readString();
          break;
      }
    }
    String findingId = id;
    Severity level = severity;
    Location at = location;
    String template = key;
    Arguments values = arguments;
    return in.endObject(
        () -> Finding.of(findingId, at, template, values).withSeverity(level));
  }

  private static Finding readViolation(StrictReader in) {
    in.beginObject(VIOLATION);
    String rule = "";
    Severity severity = Severity.ERROR;
    Location location = Location.root();
    String message = "";
    String hint = "";
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          rule = in.readString();
          break;
        case 1:
          severity = in.readChoice(SEVERITIES, SEVERITY_CHOICES);
          break;
        case 2:
          location = in.readConverted(Location::parse);
          break;
        case 3:
          message = in.readString();
          break;
        default:
          hint = in.readString();
          break;
      }
    }
    String id = rule;
    Severity level = severity;
    Location at = location;
    String said = message;
    String fix = hint;
    return in.endObject(() -> Finding.ofText(id, at, said, fix).withSeverity(level));
  }
}
