package org.openv2v.alerts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.alerts.Alert;
import org.openv2v.alerts.AlertKind;
import org.openv2v.alerts.AlertQuery;
import org.openv2v.alerts.AlertWording;
import org.openv2v.alerts.NewAlert;
import org.openv2v.alerts.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts table. */
@Repository
@RequiredArgsConstructor
public class AlertRows {

  private static final String COLUMNS =
      "id, kind, severity, case_id, site_ids, message, raised_at, acknowledged_by,"
          + " acknowledged_at, message_key, message_args";

  private final JdbcClient jdbc;

  /** Inserts the alert unless its key is taken; either way answers the stored alert. */
  public Alert insertOrFind(UUID id, NewAlert alert, Instant now) {
    jdbc.sql(
            """
            insert into alerts.alert
                (id, alert_key, kind, severity, case_id, site_ids, message, raised_at,
                 message_key, message_args)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (alert_key) do nothing
            """)
        .params(
            id,
            alert.key(),
            alert.kind().name(),
            alert.severity().name(),
            alert.caseId().orElse(null),
            alert.siteIds().stream().sorted().toArray(String[]::new),
            alert.message(),
            Timestamp.from(now),
            alert.wording().map(AlertWording::key).orElse(null),
            alert.wording().map(w -> w.arguments().toArray(String[]::new)).orElse(null))
        .update();
    return jdbc.sql("select " + COLUMNS + " from alerts.alert where alert_key = ?")
        .param(alert.key())
        .query(AlertRows::alert)
        .single();
  }

  public Optional<Alert> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from alerts.alert where id = ?")
        .param(id)
        .query(AlertRows::alert)
        .optional();
  }

  /** Alerts matching the query, addressed to any of the sites when sites are given. */
  public List<Alert> find(AlertQuery query, Optional<Set<String>> sites) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from alerts.alert where true");
    List<Object> params = new ArrayList<>();
    if (!query.includeAcknowledged()) {
      sql.append(" and acknowledged_at is null");
    }
    query
        .caseId()
        .ifPresent(
            caseId -> {
              sql.append(" and case_id = ?");
              params.add(caseId);
            });
    sites.ifPresent(
        ids -> {
          sql.append(" and site_ids && ?::text[]");
          params.add(ids.toArray(String[]::new));
        });
    sql.append(" order by raised_at desc, id limit ").append(query.limit());
    return jdbc.sql(sql.toString()).params(params).query(AlertRows::alert).list();
  }

  public void acknowledge(UUID id, String username, Instant now) {
    jdbc.sql(
            "update alerts.alert set acknowledged_by = ?, acknowledged_at = ?"
                + " where id = ? and acknowledged_at is null")
        .params(username, Timestamp.from(now), id)
        .update();
  }

  private static Alert alert(ResultSet row, int number) throws SQLException {
    Timestamp acknowledgedAt = row.getTimestamp("acknowledged_at");
    return new Alert(
        row.getObject("id", UUID.class),
        AlertKind.valueOf(row.getString("kind")),
        Severity.valueOf(row.getString("severity")),
        Optional.ofNullable(row.getObject("case_id", UUID.class)),
        new LinkedHashSet<>(Arrays.asList((String[]) row.getArray("site_ids").getArray())),
        row.getString("message"),
        row.getTimestamp("raised_at").toInstant(),
        Optional.ofNullable(row.getString("acknowledged_by")),
        Optional.ofNullable(acknowledgedAt).map(Timestamp::toInstant),
        wording(row));
  }

  private static Optional<AlertWording> wording(ResultSet row) throws SQLException {
    String key = row.getString("message_key");
    if (key == null) {
      return Optional.empty();
    }
    java.sql.Array arguments = row.getArray("message_args");
    return Optional.of(
        new AlertWording(
            key, arguments == null ? List.of() : List.of((String[]) arguments.getArray())));
  }
}
