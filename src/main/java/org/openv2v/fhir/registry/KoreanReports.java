package org.openv2v.fhir.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openv2v.safety.domain.FollowUpPlan;
import org.openv2v.safety.domain.OutcomeResponse;

/**
 * Korea's two reports of a CAR-T case: the MFDS long-term follow-up (첨단바이오의약품 장기추적조사, yearly to 15
 * years after infusion, Advanced Regenerative Bio Act Art. 30) and HIRA's 6- and 12-month outcome
 * report (performance-based risk sharing, lymphoma). Neither body publishes a per-patient layout we
 * could find: the fields, their Korean labels and the source of each (or "assumption") are data,
 * {@code registry/korean-reports.csv}; this class fills them from the case.
 */
final class KoreanReports {

  static final int LTFU_YEARS = 15;
  static final List<String> HIRA_TIMEPOINTS = List.of("month-6", "month-12");

  private record Row(String report, String field, String label, String source) {}

  private static final List<Row> LAYOUT = layout();

  private static final Map<String, String> RESPONSE_KO =
      Map.of(
          "COMPLETE_METABOLIC_RESPONSE", "완전 대사 반응(CMR)",
          "PARTIAL_METABOLIC_RESPONSE", "부분 대사 반응(PMR)",
          "NO_METABOLIC_RESPONSE", "대사 반응 없음(NMR)",
          "PROGRESSIVE_METABOLIC_DISEASE", "대사적 진행(PMD)");

  private static final Map<String, String> SEX_KO =
      Map.of("FEMALE", "여", "MALE", "남", "OTHER", "기타", "UNKNOWN", "미상");

  private final RegistryFacts facts;
  private final LocalDate infused;

  private KoreanReports(RegistryFacts facts) {
    this.facts = facts;
    this.infused = facts.infusedOn().orElseThrow();
  }

  /** The MFDS reports of years 1-15 and, for lymphoma, HIRA's at 6 and 12 months. */
  static List<FilledForm> all(RegistryFacts facts) {
    KoreanReports reports = new KoreanReports(facts);
    List<FilledForm> forms = new ArrayList<>();
    for (int year = 1; year <= LTFU_YEARS; year++) {
      forms.add(reports.longTermFollowUp(year));
    }
    if (FollowUpPlan.LYMPHOMA.contains(facts.indication())) {
      forms.add(reports.outcome(6));
      forms.add(reports.outcome(12));
    }
    return forms;
  }

  private FilledForm longTermFollowUp(int year) {
    LocalDate from = infused.plusYears(year - 1);
    LocalDate to = infused.plusYears(year);
    Predicate<LocalDate> period =
        day -> (year == 1 ? !day.isBefore(from) : day.isAfter(from)) && !day.isAfter(to);
    return fill(
        RegistryForm.MFDS_LTFU,
        "year-" + year,
        to,
        "첨단재생바이오법 제30조; 첨단바이오의약품 장기추적조사 관리기준 (식약처 고시);"
            + " assumption: due on each anniversary of the infusion",
        field ->
            switch (field) {
              case "mfds.followUpYear" -> Optional.of(year + "년차");
              case "mfds.periodFrom" -> Optional.of(from.toString());
              case "mfds.periodTo" -> Optional.of(to.toString());
              case "mfds.response" ->
                  RegistryReports.bestResponse(facts, period).map(RESPONSE_KO::get);
              default -> common(field, period);
            });
  }

  private FilledForm outcome(int months) {
    LocalDate from = infused.plusMonths(months - 6);
    LocalDate to = infused.plusMonths(months);
    Predicate<LocalDate> period =
        day -> (months == 6 ? !day.isBefore(from) : day.isAfter(from)) && !day.isAfter(to);
    Optional<RegistryFacts.Response> last =
        facts.responses().stream()
            .filter(r -> period.test(r.on()))
            .max(Comparator.comparing(RegistryFacts.Response::on));
    return fill(
        RegistryForm.HIRA_OUTCOME,
        "month-" + months,
        to,
        "HIRA: 6개월(5–6개월), 12개월(11–12개월) 성과 보고 (Newsthevoice 26215; Hit News 37957)",
        field ->
            switch (field) {
              case "hira.timepoint" -> Optional.of("투여 후 " + months + "개월");
              case "hira.assessmentDate" -> last.map(r -> r.on().toString());
              case "hira.criteria" -> Optional.of("Lugano 2014 (PET-CT)");
              case "hira.response" -> last.map(r -> RESPONSE_KO.get(r.response()));
              case "hira.refundEligible" ->
                  last.map(r -> OutcomeResponse.valueOf(r.response()).refundEligible())
                      .map(yes -> yes ? "예" : "아니오");
              default -> common(field, period);
            });
  }

  /** Fields both reports share, by the part of their id after the report's prefix. */
  private Optional<String> common(String field, Predicate<LocalDate> period) {
    return switch (field.substring(field.indexOf('.') + 1)) {
      case "productName", "product" ->
          Optional.of(facts.productName() + " (" + facts.genericName() + ")");
      case "marketingHolder" -> Optional.of(facts.marketingHolder());
      case "lotNumber" -> Optional.of(facts.din());
      case "subjectCode" -> Optional.of(facts.caseReference());
      case "sex" -> Optional.of(SEX_KO.getOrDefault(facts.sex(), facts.sex()));
      case "birthYear" -> Optional.of(String.valueOf(facts.birthDate().getYear()));
      case "birthDate" -> Optional.of(facts.birthDate().toString());
      case "institution" -> Optional.of(facts.treatmentCentreId());
      case "indication" ->
          Optional.of(facts.indication() + " (" + facts.indicationDescription() + ")");
      case "apheresisDate" -> facts.apheresisOn().map(LocalDate::toString);
      case "infusionDate" -> Optional.of(infused.toString());
      case "crs" -> Optional.of(grade(facts.crs(), period));
      case "icans" -> Optional.of(grade(facts.icans(), period));
      default -> Optional.empty();
    };
  }

  /** The highest ASTCT grade of an episode whose onset falls in the period, or none. */
  private static String grade(Optional<RegistryFacts.Toxicity> toxicity, Predicate<LocalDate> in) {
    return toxicity
        .filter(t -> in.test(t.onset()))
        .map(t -> t.highestGrade() + "등급 (발생 " + t.onset() + ")")
        .orElse("없음");
  }

  private FilledForm fill(
      RegistryForm form,
      String timepoint,
      LocalDate due,
      String dueSource,
      Function<String, Optional<String>> values) {
    List<FilledForm.Field> fields =
        LAYOUT.stream()
            .filter(row -> row.report().equals(form.slug()))
            .map(
                row ->
                    new FilledForm.Field(
                        row.field(), row.label(), values.apply(row.field()), row.source()))
            .toList();
    return FilledForm.of(form, facts.caseReference(), timepoint, due, dueSource, fields);
  }

  private static List<Row> layout() {
    try (Reader in =
        new InputStreamReader(
            KoreanReports.class.getResourceAsStream("/registry/korean-reports.csv"),
            StandardCharsets.UTF_8)) {
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.add(
            new Row(
                record.get("report"),
                record.get("field"),
                record.get("label_ko"),
                record.get("source")));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
