package org.openv2v.patientstatus.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.patientstatus.StatusLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The status links table; it holds hashes of the secrets, never the secrets. */
@Repository
@RequiredArgsConstructor
public class LinkRows {

  private static final String COLUMNS =
      "id, case_id, issued_by, issued_at, expires_at, revoked_by, revoked_at, view_count,"
          + " last_viewed_at";

  private final JdbcClient jdbc;

  public void insert(
      UUID id, UUID caseId, byte[] secretHash, String issuedBy, Instant issuedAt, Instant expires) {
    jdbc.sql(
            "insert into patientstatus.link (id, case_id, secret_sha256, issued_by, issued_at,"
                + " expires_at) values (?, ?, ?, ?, ?, ?)")
        .params(id, caseId, secretHash, issuedBy, Timestamp.from(issuedAt), Timestamp.from(expires))
        .update();
  }

  public Optional<StatusLink> find(UUID id) {
    return one("id = ?", id);
  }

  public Optional<StatusLink> findBySecret(byte[] secretHash) {
    return one("secret_sha256 = ?", secretHash);
  }

  private Optional<StatusLink> one(String where, Object param) {
    return jdbc.sql("select " + COLUMNS + " from patientstatus.link where " + where)
        .param(param)
        .query(LinkRows::link)
        .optional();
  }

  public List<StatusLink> ofCase(UUID caseId) {
    return jdbc.sql(
            "select " + COLUMNS + " from patientstatus.link where case_id = ? order by issued_at")
        .param(caseId)
        .query(LinkRows::link)
        .list();
  }

  public void revoke(UUID id, String username, Instant at) {
    jdbc.sql(
            "update patientstatus.link set revoked_by = ?, revoked_at = ?"
                + " where id = ? and revoked_at is null")
        .params(username, Timestamp.from(at), id)
        .update();
  }

  public void viewed(UUID id, Instant at) {
    jdbc.sql(
            "update patientstatus.link set view_count = view_count + 1, last_viewed_at = ?"
                + " where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  private static StatusLink link(ResultSet row, int number) throws SQLException {
    return new StatusLink(
        row.getObject("id", UUID.class),
        row.getObject("case_id", UUID.class),
        row.getString("issued_by"),
        row.getTimestamp("issued_at").toInstant(),
        row.getTimestamp("expires_at").toInstant(),
        Optional.ofNullable(row.getString("revoked_by")),
        Optional.ofNullable(row.getTimestamp("revoked_at")).map(Timestamp::toInstant),
        row.getInt("view_count"),
        Optional.ofNullable(row.getTimestamp("last_viewed_at")).map(Timestamp::toInstant));
  }
}
