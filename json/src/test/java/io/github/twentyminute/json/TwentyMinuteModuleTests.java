package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.testing.SampleJournal;
import io.github.twentyminute.testing.SampleMeeting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

class TwentyMinuteModuleTests {
  private final JsonMapper mapper =
      JsonMapper.builder().addModule(new TwentyMinuteModule()).build();
  private final TwentyMinuteJson compact = TwentyMinuteJson.builder().prettyPrint(false).build();

  @Test
  void writesTheSameDocumentsAsTheFacade() {
    assertThat(mapper.writeValueAsString(SampleMeeting.agenda()))
        .isEqualTo(compact.write(DocumentType.AGENDA, SampleMeeting.agenda()));
    assertThat(mapper.writeValueAsString(MeetingPlans.twentyMinute()))
        .isEqualTo(compact.write(DocumentType.PLAN, MeetingPlans.twentyMinute()));
    assertThat(mapper.writeValueAsString(Samples.overfullReport()))
        .isEqualTo(compact.write(DocumentType.REPORT, Samples.overfullReport()));
  }

  @Test
  void readsTheFacadesDocuments() {
    assertThat(mapper.readValue(Golden.read("agenda-sample.json"), Agenda.class))
        .isEqualTo(SampleMeeting.agenda());
    assertThat(mapper.readValue(Golden.read("plan-thirty-minute.json"), MeetingPlan.class))
        .isEqualTo(MeetingPlans.thirtyMinute());
    assertThat(mapper.readValue(Golden.read("report-overfull-plan.json"), ValidationReport.class))
        .isEqualTo(Samples.overfullReport());
    assertThat(mapper.readValue(Golden.read("report-v1-overfull-plan.json"),
        ValidationReport.class)).isEqualTo(Samples.overfullReportAsText());
  }

  @Test
  void readsAndWritesValuesInsideTheApplicationsOwnTypes() {
    Map<String, List<MeetingPlan>> plans =
        Map.of("mine", List.of(MeetingPlans.twentyMinute(), MeetingPlans.thirtyMinute()));
    String text = mapper.writeValueAsString(plans);
    Map<String, List<MeetingPlan>> back =
        mapper.readValue(text, new TypeReference<Map<String, List<MeetingPlan>>>() {});
    assertThat(back).isEqualTo(plans);
  }

  @Test
  void reportsAProblemAsADatabindExceptionCausedByTheFormatException() {
    String text = compact.write(DocumentType.PLAN, MeetingPlans.twentyMinute())
        .replace("\"budget\":\"PT20M\"", "\"budget\":\"-PT20M\"");
    assertThatThrownBy(() -> mapper.readValue(text, MeetingPlan.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("cannot read a plan document: at /budget (line 1, column "
            + (text.indexOf("\"-PT20M\"") + 1) + "): expected a duration of zero or more, found"
            + " \"-PT20M\"")
        .cause().isInstanceOf(JsonFormatException.class);
  }

  @Test
  void reportsAProblemInsideAnApplicationTypeWithTheInnerPointer() {
    String plan = compact.write(DocumentType.PLAN, MeetingPlans.twentyMinute())
        .replace("\"budget\":\"PT20M\"", "\"budget\":\"later\"");
    assertThatThrownBy(() -> mapper.readValue("{\"mine\": [" + plan + "]}",
        new TypeReference<Map<String, List<MeetingPlan>>>() {}))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("cannot read a plan document: at /budget")
        .hasMessageContaining("found \"later\"");
  }

  @Test
  void isFoundByFindAndAddModules() {
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(TwentyMinuteModule.class);
  }

  @Test
  void aDiscoveringMapperReadsBackEveryDocumentTypeItWrites() {
    JsonMapper discovering = JsonMapper.builder().findAndAddModules().build();
    Map<DocumentType<?>, List<?>> samples = new LinkedHashMap<>();
    samples.put(DocumentType.PLAN, List.of(MeetingPlans.twentyMinute(),
        MeetingPlans.thirtyMinute(), Samples.overfullPlan()));
    samples.put(DocumentType.AGENDA, List.of(SampleMeeting.agenda()));
    samples.put(DocumentType.REPORT, List.of(Samples.overfullReport()));
    samples.put(DocumentType.SESSION, List.of(Samples.session()));
    samples.put(DocumentType.FOLLOW_UP, List.of(Samples.followUp()));
    List<Object> records = new ArrayList<>(SampleJournal.records());
    records.add(Samples.record());
    samples.put(DocumentType.MEETING_RECORD, records);
    assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(DocumentType.all());

    samples.forEach((type, values) -> values.forEach(value -> {
      String text = discovering.writeValueAsString(value);
      assertThat(text).as("%s written by the discovering mapper", type)
          .isEqualTo(compact.write(cast(type), value));
      assertThat(discovering.readValue(text, type.javaType()))
          .as("%s read back by the discovering mapper", type).isEqualTo(value);
    }));
  }

  @SuppressWarnings("unchecked")
  private static DocumentType<Object> cast(DocumentType<?> type) {
    return (DocumentType<Object>) type;
  }
}
