package org.openv2v.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.domain.CaseEvent;
import org.openv2v.cases.domain.CaseEventType;
import org.openv2v.cases.domain.CaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code cases.case_event} table. */
@Repository
@RequiredArgsConstructor
public class EventRows {

  private static final String COLUMNS =
      "case_id, event_id, sequence, type, from_state, to_state, occurred_at, recorded_at, actor,"
          + " site_id, note, reason";

  private final JdbcClient jdbc;

  public void append(UUID caseId, CaseEvent event) {
    jdbc.sql(
            """
            insert into cases.case_event (event_id, case_id, sequence, type, from_state, to_state,
                occurred_at, recorded_at, actor, site_id, note, reason)
            values (:eventId, :caseId, :sequence, :type, :from, :to, :occurredAt, :recordedAt,
                :actor, :site, :note, :reason)
            """)
        .param("eventId", event.eventId())
        .param("caseId", caseId)
        .param("sequence", event.sequence())
        .param("type", event.type().name())
        .param("from", event.from().map(Enum::name).orElse(null))
        .param("to", event.to().name())
        .param("occurredAt", Timestamp.from(event.occurredAt()))
        .param("recordedAt", Timestamp.from(event.recordedAt()))
        .param("actor", event.actor())
        .param("site", event.siteId())
        .param("note", event.note().orElse(null))
        .param("reason", event.reason().orElse(null))
        .update();
  }

  public List<CaseEvent> history(UUID caseId) {
    return jdbc.sql(
            "select " + COLUMNS + " from cases.case_event where case_id = ? order by sequence")
        .param(caseId)
        .query(EventRows::map)
        .list();
  }

  /** The histories of several cases at once, each oldest first. */
  public Map<UUID, List<CaseEvent>> histories(List<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, List<CaseEvent>> histories = new HashMap<>();
    jdbc.sql(
            "select "
                + COLUMNS
                + " from cases.case_event where case_id = any(?) order by case_id, sequence")
        .param(caseIds.toArray(UUID[]::new))
        .query(
            (row, n) -> {
              histories
                  .computeIfAbsent(row.getObject("case_id", UUID.class), id -> new ArrayList<>())
                  .add(map(row, n));
              return null;
            })
        .list();
    return histories;
  }

  /** The event with this id and the case it belongs to, if it was recorded. */
  public Optional<StoredEvent> find(UUID eventId) {
    return jdbc.sql("select " + COLUMNS + " from cases.case_event where event_id = ?")
        .param(eventId)
        .query((row, n) -> new StoredEvent(row.getObject("case_id", UUID.class), map(row, n)))
        .optional();
  }

  /** An event together with the case it belongs to. */
  public record StoredEvent(UUID caseId, CaseEvent event) {}

  private static CaseEvent map(ResultSet row, int n) throws SQLException {
    return new CaseEvent(
        row.getObject("event_id", UUID.class),
        row.getInt("sequence"),
        CaseEventType.valueOf(row.getString("type")),
        Optional.ofNullable(row.getString("from_state")).map(CaseState::valueOf),
        CaseState.valueOf(row.getString("to_state")),
        row.getTimestamp("occurred_at").toInstant(),
        row.getTimestamp("recorded_at").toInstant(),
        row.getString("actor"),
        row.getString("site_id"),
        Optional.ofNullable(row.getString("note")),
        Optional.ofNullable(row.getString("reason")));
  }
}
