package org.openv2v.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseHistory;
import org.openv2v.cases.CaseQuery;
import org.openv2v.cases.OpenCase;
import org.openv2v.cases.Patient;
import org.openv2v.cases.Sex;
import org.openv2v.cases.domain.CaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases in {@code cases.patient_case}. */
@Repository
@RequiredArgsConstructor
public class CaseRows {

  private static final String COLUMNS =
      "id, reference, din, state, patient_name, birth_date, sex, weight_kg, height_cm, mrn, product_code,"
          + " indication, treatment_centre_id, apheresis_site_id, manufacturing_site_id,"
          + " courier_site_id, referred_at, updated_at";

  /** Cases any of these sites take part in. */
  private static final String VISIBLE_TO =
      "(treatment_centre_id = any(:sites) or apheresis_site_id = any(:sites)"
          + " or manufacturing_site_id = any(:sites) or courier_site_id = any(:sites))";

  private final JdbcClient jdbc;

  public String nextReference() {
    long number = jdbc.sql("select nextval('cases.case_number')").query(Long.class).single();
    return "V2V-%06d".formatted(number);
  }

  public boolean hasOpenCase(String treatmentCentreId, String mrn) {
    return jdbc.sql(
            """
            select exists (select 1 from cases.patient_case where treatment_centre_id = ?
                and mrn = ? and state not in ('CLOSED', 'WITHDRAWN'))
            """)
        .params(treatmentCentreId, mrn)
        .query(Boolean.class)
        .single();
  }

  public void insert(CaseRecord record, Instant now) {
    Patient patient = record.patient();
    jdbc.sql(
            """
            insert into cases.patient_case (id, reference, din, state, patient_name, birth_date, sex,
                weight_kg, height_cm, mrn, product_code, indication, treatment_centre_id,
                apheresis_site_id, manufacturing_site_id, courier_site_id, referred_at,
                created_at, updated_at)
            values (:id, :reference, :din, :state, :name, :birthDate, :sex, :weight, :height, :mrn,
                :product, :indication, :centre, :apheresis, :manufacturing, :courier, :referredAt,
                :now, :now)
            """)
        .param("id", record.id())
        .param("reference", record.reference())
        .param("din", record.din().orElse(null))
        .param("state", record.state().name())
        .param("name", patient.name())
        .param("birthDate", patient.birthDate())
        .param("sex", patient.sex().name())
        .param("weight", patient.weightKg())
        .param("height", patient.heightCm())
        .param("mrn", patient.mrn())
        .param("product", record.productCode())
        .param("indication", record.indication())
        .param("centre", record.treatmentCentreId())
        .param("apheresis", record.apheresisSiteId())
        .param("manufacturing", record.manufacturingSiteId())
        .param("courier", record.courierSiteId().orElse(null))
        .param("referredAt", Timestamp.from(record.referredAt()))
        .param("now", Timestamp.from(now))
        .update();
  }

  public Optional<CaseRecord> find(UUID id) {
    return one("id = ?", id);
  }

  /** Reads the case and locks it until the transaction ends, so its events apply one at a time. */
  public Optional<CaseRecord> lock(UUID id) {
    return one("id = ? for update", id);
  }

  private Optional<CaseRecord> one(String where, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from cases.patient_case where " + where)
        .param(id)
        .query(CaseRows::map)
        .optional();
  }

  /** Cases opened before DINs were given, oldest first. */
  public List<UUID> withoutDin() {
    return jdbc.sql("select id from cases.patient_case where din is null order by created_at")
        .query(UUID.class)
        .list();
  }

  public void setDin(UUID id, String din) {
    jdbc.sql("update cases.patient_case set din = ? where id = ? and din is null")
        .params(din, id)
        .update();
  }

  public void updateState(UUID id, CaseState state, Instant now) {
    jdbc.sql("update cases.patient_case set state = ?, updated_at = ? where id = ?")
        .params(state.name(), Timestamp.from(now), id)
        .update();
  }

  /** A page of the cases that any of these sites take part in. */
  /**
   * The cases at the given sites that match the query. Names and record numbers are searched only
   * when {@code searchIdentity} is set, so that those who may not see them cannot probe for them.
   */
  public List<CaseRecord> list(CaseQuery query, Set<String> visibleTo, boolean searchIdentity) {
    var sql = new StringBuilder("select " + COLUMNS + " from cases.patient_case where true");
    query.state().ifPresent(state -> sql.append(" and state = :state"));
    query.centreId().ifPresent(centre -> sql.append(" and treatment_centre_id = :centre"));
    if (query.search().isPresent()) {
      // A DIN is read as printed or scanned: spaces and the check character aside.
      sql.append(" and (din = left(:compact, 13) or reference ilike :text");
      if (searchIdentity) {
        sql.append(" or patient_name ilike :contains or mrn ilike :text");
      }
      sql.append(")");
    }
    sql.append(" and ").append(VISIBLE_TO);
    sql.append(" order by referred_at desc, reference desc limit :size offset :offset");
    var statement = jdbc.sql(sql.toString());
    if (query.state().isPresent()) {
      statement = statement.param("state", query.state().get().name());
    }
    if (query.centreId().isPresent()) {
      statement = statement.param("centre", query.centreId().get());
    }
    if (query.search().isPresent()) {
      String text = query.search().get();
      String literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      statement =
          statement
              .param("compact", text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT))
              .param("text", literal)
              .param("contains", "%" + literal + "%");
    }
    return statement
        .param("sites", visibleTo.toArray(String[]::new))
        .param("size", query.size())
        .param("offset", (long) query.page() * query.size())
        .query(CaseRows::map)
        .list();
  }

  /**
   * Every case before infusion that is not withdrawn, with the time of its latest event and its
   * count of failed manufactures, for planning models (no patient identity is read).
   */
  public List<OpenCase> openBeforeInfusion() {
    return jdbc.sql(
            """
            select c.id, c.reference, c.din, c.state, c.product_code, c.indication,
                   c.treatment_centre_id, c.apheresis_site_id, c.manufacturing_site_id,
                   c.courier_site_id,
                   (select max(e.occurred_at) from cases.case_event e where e.case_id = c.id)
                       as state_since,
                   (select count(*) from cases.case_event e
                     where e.case_id = c.id and e.to_state = 'MANUFACTURING_FAILED') as failures
              from cases.patient_case c
             where c.state not in ('INFUSED', 'MONITORING', 'FOLLOW_UP', 'CLOSED', 'WITHDRAWN')
             order by c.reference
            """)
        .query(
            (row, n) ->
                new OpenCase(
                    row.getObject("id", UUID.class),
                    row.getString("reference"),
                    Optional.ofNullable(row.getString("din")),
                    CaseState.valueOf(row.getString("state")),
                    row.getTimestamp("state_since").toInstant(),
                    row.getString("product_code"),
                    row.getString("indication"),
                    row.getString("treatment_centre_id"),
                    row.getString("apheresis_site_id"),
                    row.getString("manufacturing_site_id"),
                    Optional.ofNullable(row.getString("courier_site_id")),
                    row.getInt("failures")))
        .list();
  }

  /**
   * Every case's recorded steps (state entered, when it happened) with its product and sites, for
   * replaying the past (the forecast's backtest); no patient identity is read.
   */
  public List<CaseHistory> histories() {
    Map<UUID, CaseHistory> found = new LinkedHashMap<>();
    Map<UUID, List<CaseHistory.Step>> steps = new HashMap<>();
    jdbc.sql(
            """
            select c.id, c.product_code, c.indication, c.treatment_centre_id,
                   c.apheresis_site_id, c.manufacturing_site_id, c.courier_site_id,
                   e.to_state, e.occurred_at
              from cases.patient_case c
              join cases.case_event e on e.case_id = c.id
             order by c.reference, e.sequence
            """)
        .query(
            row -> {
              UUID id = row.getObject("id", UUID.class);
              steps
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      new CaseHistory.Step(
                          CaseState.valueOf(row.getString("to_state")),
                          row.getTimestamp("occurred_at").toInstant()));
              if (!found.containsKey(id)) {
                found.put(
                    id,
                    new CaseHistory(
                        id,
                        row.getString("product_code"),
                        row.getString("indication"),
                        row.getString("treatment_centre_id"),
                        row.getString("apheresis_site_id"),
                        row.getString("manufacturing_site_id"),
                        Optional.ofNullable(row.getString("courier_site_id")),
                        List.of()));
              }
            });
    return found.values().stream().map(h -> h.with(h.id(), steps.get(h.id()))).toList();
  }

  private static CaseRecord map(ResultSet row, int n) throws SQLException {
    Patient patient =
        new Patient(
            row.getString("patient_name"),
            row.getObject("birth_date", LocalDate.class),
            Sex.valueOf(row.getString("sex")),
            row.getBigDecimal("weight_kg"),
            row.getBigDecimal("height_cm"),
            row.getString("mrn"));
    return new CaseRecord(
        row.getObject("id", UUID.class),
        row.getString("reference"),
        Optional.ofNullable(row.getString("din")),
        CaseState.valueOf(row.getString("state")),
        patient,
        row.getString("product_code"),
        row.getString("indication"),
        row.getString("treatment_centre_id"),
        row.getString("apheresis_site_id"),
        row.getString("manufacturing_site_id"),
        Optional.ofNullable(row.getString("courier_site_id")),
        row.getTimestamp("referred_at").toInstant(),
        row.getTimestamp("updated_at").toInstant());
  }
}
