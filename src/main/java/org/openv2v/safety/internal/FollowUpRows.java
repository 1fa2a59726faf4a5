package org.openv2v.safety.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.safety.domain.FollowUpItem;
import org.openv2v.safety.domain.FollowUpKind;
import org.openv2v.safety.domain.OutcomeResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code safety.follow_up_item} schedule of each infused case. */
@Repository
@RequiredArgsConstructor
public class FollowUpRows {

  private final JdbcClient jdbc;

  /** One stored item. */
  public record Row(
      UUID id,
      UUID caseId,
      String treatmentCentreId,
      FollowUpItem item,
      Optional<LocalDate> doneOn,
      Optional<String> doneBy,
      Optional<String> doneNote,
      Optional<OutcomeResponse> response,
      Optional<Boolean> refundEligible,
      Optional<LocalDate> caseEndedOn) {}

  /** Adds the case's items; an item already planned is kept as it is. */
  public void plan(UUID caseId, String centre, List<FollowUpItem> items) {
    for (FollowUpItem item : items) {
      jdbc.sql(
              """
              insert into safety.follow_up_item (id, case_id, treatment_centre_id, kind, sequence,
                  window_opens, due_on, description, source)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)
              on conflict (case_id, kind, sequence) do nothing
              """)
          .params(
              UUID.randomUUID(),
              caseId,
              centre,
              item.kind().name(),
              item.sequence(),
              item.windowOpens(),
              item.dueOn(),
              item.description(),
              item.source())
          .update();
    }
  }

  public List<Row> ofCase(UUID caseId) {
    return select("case_id = ?", List.of(caseId));
  }

  public Optional<Row> find(UUID id) {
    return select("id = ?", List.of(id)).stream().findFirst();
  }

  public List<Row> openDueBefore(LocalDate before, Collection<String> centres) {
    if (centres.isEmpty()) {
      return List.of();
    }
    return select(
        "done_on is null and case_ended_on is null and due_on < ? and treatment_centre_id = any(?)",
        List.of(before, centres.toArray(String[]::new)));
  }

  public List<Row> openDueOn(LocalDate on, Collection<String> centres) {
    if (centres.isEmpty()) {
      return List.of();
    }
    return select(
        "done_on is null and case_ended_on is null and window_opens <= ? and due_on >= ?"
            + " and treatment_centre_id = any(?)",
        List.of(on, on, centres.toArray(String[]::new)));
  }

  /** The case ended on this day: its items not done are owed no more. */
  public void caseEnded(UUID caseId, LocalDate on) {
    jdbc.sql(
            "update safety.follow_up_item set case_ended_on = ? where case_id = ?"
                + " and case_ended_on is null")
        .params(on, caseId)
        .update();
  }

  public boolean markDone(
      UUID id, LocalDate on, String by, Optional<String> note, Optional<OutcomeResponse> response) {
    return jdbc.sql(
                """
                update safety.follow_up_item set done_on = ?, done_by = ?, done_note = ?,
                    response = ?, refund_eligible = ?
                where id = ? and done_on is null
                """)
            .params(
                on,
                by,
                note.orElse(null),
                response.map(Enum::name).orElse(null),
                response.map(OutcomeResponse::refundEligible).orElse(null),
                id)
            .update()
        == 1;
  }

  private List<Row> select(String where, List<Object> params) {
    return jdbc.sql(
            "select id, case_id, treatment_centre_id, kind, sequence, window_opens, due_on,"
                + " description, source, done_on, done_by, done_note, response, refund_eligible,"
                + " case_ended_on from safety.follow_up_item where "
                + where
                + " order by due_on, kind, sequence")
        .params(params)
        .query(
            (rs, n) ->
                new Row(
                    rs.getObject("id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getString("treatment_centre_id"),
                    new FollowUpItem(
                        FollowUpKind.valueOf(rs.getString("kind")),
                        rs.getInt("sequence"),
                        rs.getObject("window_opens", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("description"),
                        rs.getString("source")),
                    Optional.ofNullable(rs.getObject("done_on", LocalDate.class)),
                    Optional.ofNullable(rs.getString("done_by")),
                    Optional.ofNullable(rs.getString("done_note")),
                    Optional.ofNullable(rs.getString("response")).map(OutcomeResponse::valueOf),
                    Optional.ofNullable((Boolean) rs.getObject("refund_eligible")),
                    Optional.ofNullable(rs.getObject("case_ended_on", LocalDate.class))))
        .list();
  }
}
