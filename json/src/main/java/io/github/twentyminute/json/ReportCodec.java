package io.github.twentyminute.json;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.ValidationReport;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code twentyminute/report@1} document. Each finding is written as a violation with its
 * English message and hint, and read back as a finding of those texts
 * ({@link Finding#ofText}). Violations are read in any order and kept in report order; the
 * written {@code valid} flag must agree with them.
 */
final class ReportCodec extends DocumentCodec<ValidationReport> {
  static final ReportCodec INSTANCE = new ReportCodec();

  private static final String[] REPORT = {"valid", "rulesRun", "violations"};
  private static final Fields REPORT_BODY = Fields.of(REPORT);
  private static final Fields REPORT_DOCUMENT = document(REPORT);
  private static final Fields VIOLATION = Fields.of("rule", "severity", "path", "message", "hint");
  private static final Map<String, Severity> SEVERITIES =
      Map.of("error", Severity.ERROR, "warning", Severity.WARNING, "info", Severity.INFO);

  private ReportCodec() {}

  @Override
  void writeFields(JsonGenerator out, ValidationReport report) {
    bool(out, Names.VALID, report.isValid());
    arrayStart(out, Names.RULES_RUN);
    for (String rule : report.rulesRun()) {
      out.writeString(rule);
    }
    out.writeEndArray();
    arrayStart(out, Names.VIOLATIONS);
    for (Finding finding : report.findings()) {
      out.writeStartObject();
      string(out, Names.RULE, finding.id());
      string(out, Names.SEVERITY, finding.severity().orElseThrow().label());
      string(out, Names.PATH, finding.location().toString());
      string(out, Names.MESSAGE, finding.message());
      string(out, Names.HINT, finding.hint().orElse(finding.message()));
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  @Override
  ValidationReport readDocument(StrictReader in, DocumentType<ValidationReport> type) {
    return readReport(in, REPORT_DOCUMENT, type);
  }

  /** Reads an embedded report object, without {@code format}. */
  static ValidationReport readReport(StrictReader in) {
    return readReport(in, REPORT_BODY, null);
  }

  private static ValidationReport readReport(
      StrictReader in, Fields fields, @org.jspecify.annotations.Nullable DocumentType<?> type) {
    in.beginObject(fields);
    boolean valid = true;
    List<String> rulesRun = List.of();
    List<Finding> violations = List.of();
    int field;
    while ((field = in.nextField()) >= 0) {
      switch (field) {
        case 0:
          valid = in.readBoolean();
          break;
        case 1:
          rulesRun = in.readList(in::readString);
          break;
        case 2:
          violations = in.readList(() -> readViolation(in));
          break;
        default:
          readFormat(in, java.util.Objects.requireNonNull(type, "type"));
          break;
      }
    }
    boolean claimed = valid;
    List<String> rules = rulesRun;
    List<Finding> found = violations;
    return in.endObject(() -> {
      ValidationReport report = ValidationReport.of(rules, found);
      if (report.isValid() != claimed) {
        throw new IllegalArgumentException("report says \"valid\": " + claimed
            + ", but its violations hold " + report.count(Severity.ERROR)
            + " errors; expected \"valid\": " + report.isValid());
      }
      return report;
    });
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
          severity = in.readChoice(SEVERITIES, "\"error\", \"warning\" or \"info\"");
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
