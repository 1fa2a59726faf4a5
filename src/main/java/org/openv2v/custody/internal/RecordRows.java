package org.openv2v.custody.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.openv2v.custody.domain.ChainHashes;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyContent;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.LedgerCheck.Unreadable;
import org.openv2v.custody.domain.LedgerEntry;
import org.openv2v.custody.domain.Signatory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code custody.record} table and the ledger's head. */
@Repository
public class RecordRows {

  private static final String COLUMNS =
      "event_id, sequence, case_id, case_sequence, step, signer_username, signer_name,"
          + " signer_role, signer_meaning, witness_username, witness_name, witness_role,"
          + " witness_meaning, site_id, units, server_time, device_time, condition,"
          + " temperature_celsius, note, content_hash, previous_in_case, case_chain_hash,"
          + " previous_in_ledger, ledger_chain_hash";

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;

  RecordRows(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.streaming = new JdbcTemplate(dataSource);
    // Inside a transaction the PostgreSQL driver then reads through a cursor, a batch at a time.
    this.streaming.setFetchSize(1000);
  }

  /** The last record of the whole ledger: how many there are and the last ledger chain hash. */
  public record Head(long lastSequence, String lastChainHash) {}

  /** The last record of one case. */
  public record CaseHead(int caseSequence, String caseChainHash) {}

  /**
   * Locks the ledger's head until the transaction ends, and answers it: the one place where appends
   * queue, so that no two records ever claim the same predecessor.
   */
  public Head lockHead() {
    return jdbc.sql("select last_sequence, last_chain_hash from custody.ledger_head for update")
        .query((row, n) -> new Head(row.getLong(1), row.getString(2)))
        .single();
  }

  public Head head() {
    return jdbc.sql("select last_sequence, last_chain_hash from custody.ledger_head")
        .query((row, n) -> new Head(row.getLong(1), row.getString(2)))
        .single();
  }

  public Optional<CaseHead> caseHead(UUID caseId) {
    return jdbc.sql(
            """
            select case_sequence, case_chain_hash from custody.record where case_id = ?
            order by case_sequence desc limit 1
            """)
        .param(caseId)
        .query((row, n) -> new CaseHead(row.getInt(1), row.getString(2)))
        .optional();
  }

  /** Appends a record and moves the head to it; call with the head locked. */
  public void append(LedgerEntry entry) {
    CustodyContent content = entry.content();
    ChainHashes hashes = entry.hashes();
    Optional<Signatory> witness = content.witness();
    jdbc.sql(
            """
            insert into custody.record (event_id, sequence, case_id, case_sequence, step,
                signer_username, signer_name, signer_role, signer_meaning, witness_username,
                witness_name, witness_role, witness_meaning, site_id, units, server_time,
                device_time, condition, temperature_celsius, note, content_hash,
                previous_in_case, case_chain_hash, previous_in_ledger, ledger_chain_hash)
            values (:eventId, :sequence, :caseId, :caseSequence, :step, :signer, :signerName,
                :signerRole, :signerMeaning, :witness, :witnessName, :witnessRole,
                :witnessMeaning, :site, :units, :serverTime, :deviceTime, :condition,
                :temperature, :note, :contentHash, :previousInCase, :caseChainHash,
                :previousInLedger, :ledgerChainHash)
            """)
        .param("eventId", content.eventId())
        .param("sequence", content.sequence())
        .param("caseId", content.caseId())
        .param("caseSequence", content.caseSequence())
        .param("step", content.step().name())
        .param("signer", content.signer().username())
        .param("signerName", content.signer().printedName())
        .param("signerRole", content.signer().role())
        .param("signerMeaning", content.signer().meaning())
        .param("witness", witness.map(Signatory::username).orElse(null))
        .param("witnessName", witness.map(Signatory::printedName).orElse(null))
        .param("witnessRole", witness.map(Signatory::role).orElse(null))
        .param("witnessMeaning", witness.map(Signatory::meaning).orElse(null))
        .param("site", content.siteId())
        .param("units", content.units().toArray(String[]::new))
        .param("serverTime", Timestamp.from(content.serverTime()))
        .param("deviceTime", Timestamp.from(content.deviceTime()))
        .param("condition", content.condition().name())
        .param("temperature", content.temperatureCelsius().orElse(null))
        .param("note", entry.note().orElse(null))
        .param("contentHash", hashes.contentHash())
        .param("previousInCase", hashes.previousInCase())
        .param("caseChainHash", hashes.caseChainHash())
        .param("previousInLedger", hashes.previousInLedger())
        .param("ledgerChainHash", hashes.ledgerChainHash())
        .update();
    jdbc.sql("update custody.ledger_head set last_sequence = ?, last_chain_hash = ?")
        .params(content.sequence(), hashes.ledgerChainHash())
        .update();
  }

  public Optional<LedgerEntry> find(UUID eventId) {
    return jdbc.sql("select " + COLUMNS + " from custody.record where event_id = ?")
        .param(eventId)
        .query(RecordRows::map)
        .optional();
  }

  /** One case's records, in the order of its chain. */
  public List<LedgerEntry> ofCase(UUID caseId) {
    return jdbc.sql(
            "select " + COLUMNS + " from custody.record where case_id = ? order by case_sequence")
        .param(caseId)
        .query(RecordRows::map)
        .list();
  }

  /**
   * Every record in ledger order, one at a time; call inside a transaction to stream. Rows that do
   * not read as records go to {@code unreadable}.
   */
  public void each(Consumer<LedgerEntry> records, Consumer<Unreadable> unreadable) {
    streaming.query(
        "select " + COLUMNS + " from custody.record order by sequence",
        row -> {
          LedgerEntry entry;
          try {
            entry = map(row, 0);
          } catch (RuntimeException e) {
            unreadable.accept(
                new Unreadable(
                    row.getLong("sequence"),
                    row.getObject("event_id", UUID.class),
                    row.getObject("case_id", UUID.class),
                    row.getInt("case_sequence"),
                    row.getString("case_chain_hash"),
                    row.getString("ledger_chain_hash"),
                    "the row cannot be read as a record: " + e.getMessage()));
            return;
          }
          records.accept(entry);
        });
  }

  private static LedgerEntry map(ResultSet row, int n) throws SQLException {
    Optional<String> note = Optional.ofNullable(row.getString("note"));
    Optional<Signatory> witness =
        Optional.ofNullable(row.getString("witness_username"))
            .map(
                username -> {
                  try {
                    return new Signatory(
                        username,
                        row.getString("witness_name"),
                        row.getString("witness_role"),
                        row.getString("witness_meaning"));
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                });
    CustodyContent content =
        new CustodyContent(
            row.getObject("case_id", UUID.class),
            row.getInt("case_sequence"),
            row.getLong("sequence"),
            row.getObject("event_id", UUID.class),
            CustodyStep.valueOf(row.getString("step")),
            new Signatory(
                row.getString("signer_username"),
                row.getString("signer_name"),
                row.getString("signer_role"),
                row.getString("signer_meaning")),
            witness,
            row.getString("site_id"),
            List.of((String[]) row.getArray("units").getArray()),
            row.getTimestamp("server_time").toInstant(),
            row.getTimestamp("device_time").toInstant(),
            Condition.valueOf(row.getString("condition")),
            Optional.ofNullable(row.getBigDecimal("temperature_celsius")),
            CustodyContent.noteDigest(note));
    return new LedgerEntry(
        content,
        note,
        new ChainHashes(
            row.getString("content_hash"),
            row.getString("previous_in_case"),
            row.getString("case_chain_hash"),
            row.getString("previous_in_ledger"),
            row.getString("ledger_chain_hash")));
  }
}
