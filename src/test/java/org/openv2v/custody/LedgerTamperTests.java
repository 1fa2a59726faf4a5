package org.openv2v.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2v.IntegrationTest;
import org.openv2v.OpenV2VApplication;
import org.openv2v.cases.Cases;
import org.openv2v.custody.CustodyFixture.Signing;
import org.openv2v.custody.domain.LedgerExport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger on real PostgreSQL: the database refuses changes, and a change made past it anyway (as
 * superuser, with triggers off) is found by the ledger check and by the offline verifier.
 */
@IntegrationTest
class LedgerTamperTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired UnitMatcher units;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired CustodyLedger ledger;

  // Another module's bean: constructor injection, as Spring Modulith asks.
  private final Cases cases;

  @Autowired
  LedgerTamperTests(Cases cases) {
    this.cases = cases;
  }

  @TempDir Path folder;

  private CustodyFixture fixture;
  private UUID caseId;
  private List<CustodyRecord> records;

  @BeforeEach
  void signFourEvents() throws Exception {
    fixture = new CustodyFixture(mvc, json, cases, units);
    caseId = fixture.openCase();
    String bag = fixture.unit(caseId, "01");
    for (String step : new String[] {"RECEIVED_AT_SITE", "STORED", "STORED", "STORED"}) {
      fixture.sign(caseId, "nurse", Signing.of(step, bag, "nurse")).andExpect(status().isCreated());
    }
    records = ledger.records(caseId);
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void should_report_a_row_altered_past_the_trigger_as_the_first_invalid_record() throws Exception {
    CustodyRecord second = records.get(1);
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("set session_replication_role = replica");
      try {
        int changed =
            sql.executeUpdate(
                "update custody.record set condition = 'DAMAGED' where event_id = '"
                    + second.eventId()
                    + "'");
        assertThat(changed).isEqualTo(1);
        sql.execute("reset session_replication_role");

        JsonNode verdict = verify();
        assertThat(verdict.get("valid").asBoolean()).isFalse();
        assertThat(verdict.get("checked").asLong()).isGreaterThanOrEqualTo(4);
        JsonNode broken = verdict.get("firstInvalid");
        assertThat(broken.get("sequence").asLong()).isEqualTo(second.sequence());
        assertThat(broken.get("eventId").asString()).isEqualTo(second.eventId().toString());
        assertThat(broken.get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(broken.get("reason").asString()).contains("content hash mismatch");

        // The export shows the altered row with the hash signed before: the offline check fails.
        LedgerExport.Verdict offline = LedgerExport.verify(fixture.ledgerText(caseId, "nurse"));
        assertThat(offline.line()).startsWith("INVALID at record 2: content hash mismatch");
      } finally {
        sql.execute("set session_replication_role = replica");
        sql.executeUpdate(
            "update custody.record set condition = 'INTACT' where event_id = '"
                + second.eventId()
                + "'");
        sql.execute("reset session_replication_role");
      }
    }
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void should_report_a_row_removed_past_the_trigger() throws Exception {
    CustodyRecord second = records.get(1);
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "create temporary table kept as select * from custody.record where event_id = '"
              + second.eventId()
              + "'");
      sql.execute("set session_replication_role = replica");
      try {
        sql.executeUpdate("delete from custody.record where event_id = '" + second.eventId() + "'");
        sql.execute("reset session_replication_role");
        JsonNode broken = verify().get("firstInvalid");
        assertThat(broken.get("sequence").asLong()).isEqualTo(records.get(2).sequence());
        assertThat(broken.get("reason").asString()).contains("missing or out of order");
      } finally {
        sql.execute("set session_replication_role = replica");
        sql.execute("insert into custody.record select * from kept");
        sql.execute("reset session_replication_role");
        sql.execute("drop table kept");
      }
    }
    assertThat(verify().get("valid").asBoolean()).isTrue();
  }

  @Test
  void should_fail_the_offline_verifier_when_one_byte_of_an_export_changes() throws Exception {
    String export = fixture.ledgerText(caseId, "coordinator");
    Path intact = folder.resolve("intact.json");
    Files.writeString(intact, export);
    assertThat(verifyLedger(intact))
        .isEqualTo(
            "0 VALID: 4 records, last case chain hash " + records.get(3).hashes().caseChainHash());

    byte[] bytes = export.getBytes(StandardCharsets.UTF_8);
    int at = export.indexOf("\"temperatureCelsius\":-150.5", export.indexOf("\"caseSequence\":3"));
    int digit = at + "\"temperatureCelsius\":-150.".length();
    assertThat(bytes[digit]).isEqualTo((byte) '5');
    bytes[digit] = '6';
    Path tampered = folder.resolve("tampered.json");
    Files.write(tampered, bytes);
    assertThat(verifyLedger(tampered))
        .isEqualTo(
            "1 INVALID at record 3: content hash mismatch: the record differs from what was"
                + " signed");
  }

  @Test
  void should_refuse_update_delete_and_truncate_of_custody_and_audit_records() {
    UUID eventId = records.get(0).eventId();
    List<String> refused =
        List.of(
            "update custody.record set condition = 'DAMAGED' where event_id = '" + eventId + "'",
            "delete from custody.record where event_id = '" + eventId + "'",
            "truncate custody.record",
            "update audit.patient_data_read set username = 'someone else'",
            "delete from audit.patient_data_read",
            "truncate audit.patient_data_read",
            "update custody.refusal set reason = 'none'",
            "delete from custody.refusal",
            "delete from custody.ledger_head");
    for (String statement : refused) {
      assertThatThrownBy(() -> jdbc.sql(statement).update())
          .as(statement)
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(jdbc.sql("select count(*) from audit.patient_data_read").query(Long.class).single())
        .isPositive();
    assertThat(ledger.records(caseId)).hasSize(4);
  }

  private JsonNode verify() throws Exception {
    return json.readTree(
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", "auditor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** Runs verify-ledger as the jar's main would; answers the exit code and the printed line. */
  private static String verifyLedger(Path file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        OpenV2VApplication.command(
                new String[] {"verify-ledger", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .orElseThrow();
    return exit + " " + out.toString(StandardCharsets.UTF_8).trim();
  }
}
