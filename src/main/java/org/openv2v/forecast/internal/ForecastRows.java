package org.openv2v.forecast.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.OpenCase;
import org.openv2v.cases.domain.CaseState;
import org.openv2v.forecast.ForecastView;
import org.openv2v.forecast.domain.Risk;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored forecasts (schema forecast), one row per open case, replaced at each refresh. */
@Repository
@RequiredArgsConstructor
public class ForecastRows {

  private static final String COLUMNS =
      "case_id, reference, din, state, product_code, treatment_centre_id, apheresis_site_id,"
          + " manufacturing_site_id, courier_site_id, probability_infused, p10_date, p50_date,"
          + " p90_date, main_risk, loss_progression, loss_death, loss_slot_wait,"
          + " loss_manufacturing, loss_not_eligible, loss_no_slot, slot_wait_days, computed_at,"
          + " model_version, seed, replications";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;

  /**
   * A stored forecast as its case's team reads it (reference included), with the sites of its case
   * (who may see it).
   */
  public record Stored(
      ForecastView forecast,
      String treatmentCentreId,
      String apheresisSiteId,
      String manufacturingSiteId,
      Optional<String> courierSiteId) {

    /** An open case's forecast, stored with the case's sites. */
    public static Stored of(OpenCase c, ForecastView forecast) {
      return new Stored(
          forecast,
          c.treatmentCentreId(),
          c.apheresisSiteId(),
          c.manufacturingSiteId(),
          c.courierSiteId());
    }

    public UUID caseId() {
      return forecast.caseId();
    }

    public String reference() {
      return forecast.reference().orElseThrow();
    }
  }

  /** One refresh at a time, across the cluster: the rest wait (transaction-scoped lock). */
  public void lockForRefresh() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('forecast.refresh'))").query().singleValue();
  }

  /** Replaces every stored forecast with these (cases no longer open lose theirs), in one batch. */
  public void replaceAll(Collection<Stored> forecasts) {
    jdbc.sql("delete from forecast.case_forecast").update();
    MapSqlParameterSource[] batch =
        forecasts.stream().map(ForecastRows::parameters).toArray(MapSqlParameterSource[]::new);
    named.batchUpdate(
        "insert into forecast.case_forecast ("
            + COLUMNS
            + ") values (:caseId, :reference, :din, :state, :product, :centre, :apheresis,"
            + " :facility, :courier, :p, :p10, :p50, :p90, :risk, :progression, :death,"
            + " :slotWait, :manufacturing, :notEligible, :noSlot, :waitDays, :computedAt,"
            + " :version, :seed, :replications)",
        batch);
  }

  private static MapSqlParameterSource parameters(Stored s) {
    ForecastView f = s.forecast();
    return new MapSqlParameterSource()
        .addValue("caseId", f.caseId())
        .addValue("reference", s.reference())
        .addValue("din", f.din().orElse(null))
        .addValue("state", f.state().name())
        .addValue("product", f.productCode())
        .addValue("centre", s.treatmentCentreId())
        .addValue("apheresis", s.apheresisSiteId())
        .addValue("facility", s.manufacturingSiteId())
        .addValue("courier", s.courierSiteId().orElse(null))
        .addValue("p", f.probabilityInfused())
        .addValue("p10", f.p10().map(Date::valueOf).orElse(null), Types.DATE)
        .addValue("p50", f.p50().map(Date::valueOf).orElse(null), Types.DATE)
        .addValue("p90", f.p90().map(Date::valueOf).orElse(null), Types.DATE)
        .addValue("risk", f.mainRisk().name())
        .addValue("progression", f.losses().get(Risk.PROGRESSION))
        .addValue("death", f.losses().get(Risk.DEATH))
        .addValue("slotWait", f.losses().get(Risk.SLOT_WAIT))
        .addValue("manufacturing", f.losses().get(Risk.MANUFACTURING_FAILURE))
        .addValue("notEligible", f.losses().get(Risk.NOT_ELIGIBLE))
        .addValue("noSlot", f.losses().get(Risk.NO_SLOT))
        .addValue("waitDays", f.slotWaitDays())
        .addValue("computedAt", Timestamp.from(f.computedAt()))
        .addValue("version", f.modelVersion())
        .addValue("seed", f.seed())
        .addValue("replications", f.replications());
  }

  public Optional<Stored> find(UUID caseId) {
    return jdbc.sql("select " + COLUMNS + " from forecast.case_forecast where case_id = ?")
        .param(caseId)
        .query(ForecastRows::map)
        .optional();
  }

  public List<Stored> of(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from forecast.case_forecast where case_id = any(:ids)")
        .param("ids", caseIds.toArray(UUID[]::new))
        .query(ForecastRows::map)
        .list();
  }

  /** The forecasts of cases any of these sites take part in, earliest expected infusion first. */
  public List<Stored> visibleTo(Collection<String> sites) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from forecast.case_forecast where treatment_centre_id = any(:sites)"
                + " or apheresis_site_id = any(:sites) or manufacturing_site_id = any(:sites)"
                + " or courier_site_id = any(:sites)"
                + " order by p50_date nulls last, reference")
        .param("sites", sites.toArray(String[]::new))
        .query(ForecastRows::map)
        .list();
  }

  private static Stored map(ResultSet row, int n) throws SQLException {
    Map<Risk, Double> losses = new EnumMap<>(Risk.class);
    losses.put(Risk.PROGRESSION, row.getDouble("loss_progression"));
    losses.put(Risk.DEATH, row.getDouble("loss_death"));
    losses.put(Risk.SLOT_WAIT, row.getDouble("loss_slot_wait"));
    losses.put(Risk.MANUFACTURING_FAILURE, row.getDouble("loss_manufacturing"));
    losses.put(Risk.NOT_ELIGIBLE, row.getDouble("loss_not_eligible"));
    losses.put(Risk.NO_SLOT, row.getDouble("loss_no_slot"));
    return new Stored(
        new ForecastView(
            row.getObject("case_id", UUID.class),
            Optional.of(row.getString("reference")),
            Optional.ofNullable(row.getString("din")),
            CaseState.valueOf(row.getString("state")),
            row.getString("product_code"),
            row.getDouble("probability_infused"),
            Optional.ofNullable(row.getObject("p10_date", LocalDate.class)),
            Optional.ofNullable(row.getObject("p50_date", LocalDate.class)),
            Optional.ofNullable(row.getObject("p90_date", LocalDate.class)),
            Risk.valueOf(row.getString("main_risk")),
            Map.copyOf(losses),
            row.getDouble("slot_wait_days"),
            row.getTimestamp("computed_at").toInstant(),
            row.getString("model_version"),
            row.getLong("seed"),
            row.getInt("replications")),
        row.getString("treatment_centre_id"),
        row.getString("apheresis_site_id"),
        row.getString("manufacturing_site_id"),
        Optional.ofNullable(row.getString("courier_site_id")));
  }
}
