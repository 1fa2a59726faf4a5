package org.openv2v.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.hl7.fhir.r4.model.Resource;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FHIR Bulk Data export (STU 2, hl7.org/fhir/uv/bulkdata/export.html) for a centre's data
 * warehouse: a kick-off records the request and schedules a background job, which reads every case
 * the requester may see, as the requester, and writes one NDJSON file per resource type.
 */
@Service
@RequiredArgsConstructor
public class BulkExports {

  /** The db-scheduler task that runs an export; its instance id and data are the export id. */
  public static final String TASK = "fhir-bulk-export";

  /** What may be exported, in the order of the manifest. */
  public static final List<String> TYPES =
      List.of(
          "Patient",
          "ServiceRequest",
          "BiologicallyDerivedProduct",
          "Procedure",
          "Observation",
          "AdverseEvent",
          "CarePlan",
          "Provenance");

  /** Those who may export: coordinators for their centre, auditors for their sites. */
  static final Set<Role> EXPORTERS = Set.of(Role.COORDINATOR, Role.AUDITOR);

  /** One file of a finished export. */
  public record File(String type, int count) {}

  /** Where an export stands. */
  public record Status(
      UUID id,
      String state,
      String requestUrl,
      Optional<Instant> transactionTime,
      Optional<String> error,
      List<File> files) {}

  private final JdbcClient jdbc;
  private final CaseSources sources;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final Clock clock;
  private final ZoneId zone;
  private final FhirContext fhir = FhirContext.forR4Cached();

  /** Records a kick-off and schedules its job; the answer is the export id to poll. */
  @Transactional
  public UUID kickOff(Actor actor, Optional<Instant> since, List<String> types, String requestUrl) {
    requireExporter(actor);
    for (String type : types) {
      if (!TYPES.contains(type)) {
        throw Refusal.invalidField("_type", type + " is not exported; the types are " + TYPES)
            .withWords("refusal.fhir.exportType", type, TYPES);
      }
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into fhir.bulk_export (id, requested_by, display_name, role, site_ids,
                request_url, since, types, status, requested_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?)
            """)
        .params(
            id,
            actor.username(),
            actor.displayName(),
            actor.role().name(),
            actor.siteIds().toArray(String[]::new),
            requestUrl,
            since.map(Timestamp::from).orElse(null),
            (types.isEmpty() ? TYPES : types).toArray(String[]::new),
            Timestamp.from(clock.instant()))
        .update();
    scheduler
        .getObject()
        .schedule(new TaskInstance<>(TASK, id.toString(), id.toString()), clock.instant());
    return id;
  }

  /** The export, for the one who asked for it; anyone else is told it does not exist. */
  public Optional<Status> status(UUID id, Actor actor) {
    return jdbc.sql(
            "select id, status, request_url, transaction_time, error from fhir.bulk_export"
                + " where id = ? and requested_by = ?")
        .params(id, actor.username())
        .query(
            (row, n) ->
                new Status(
                    id,
                    row.getString("status"),
                    row.getString("request_url"),
                    Optional.ofNullable(row.getTimestamp("transaction_time"))
                        .map(Timestamp::toInstant),
                    Optional.ofNullable(row.getString("error")),
                    files(id)))
        .optional();
  }

  /** One NDJSON file of a finished export, for the one who asked for it. */
  public Optional<String> file(UUID id, String type, Actor actor) {
    return jdbc.sql(
            "select f.ndjson from fhir.bulk_export_file f join fhir.bulk_export e on e.id ="
                + " f.export_id where e.id = ? and e.requested_by = ? and f.resource_type = ?")
        .params(id, actor.username(), type)
        .query(String.class)
        .optional();
  }

  private List<File> files(UUID id) {
    return jdbc
        .sql("select resource_type, resource_count from fhir.bulk_export_file where export_id = ?")
        .param(id)
        .query((row, n) -> new File(row.getString("resource_type"), row.getInt("resource_count")))
        .list()
        .stream()
        .sorted((a, b) -> TYPES.indexOf(a.type()) - TYPES.indexOf(b.type()))
        .toList();
  }

  /**
   * Runs an export: as the requester, with the role and sites recorded at kick-off. A case counts
   * as changed since {@code _since} when it was written since then; all its resources go out.
   */
  @Transactional
  public void run(UUID id) {
    var job =
        jdbc.sql(
                "select requested_by, display_name, role, site_ids, since, types"
                    + " from fhir.bulk_export where id = ? and status = 'ACCEPTED' for update")
            .param(id)
            .query(
                (row, n) ->
                    new Object[] {
                      new Actor(
                          row.getString("requested_by"),
                          row.getString("display_name"),
                          Role.valueOf(row.getString("role")),
                          Set.of((String[]) row.getArray("site_ids").getArray())),
                      Optional.ofNullable(row.getTimestamp("since")).map(Timestamp::toInstant),
                      List.of((String[]) row.getArray("types").getArray())
                    })
            .optional();
    if (job.isEmpty()) {
      return;
    }
    Actor actor = (Actor) job.get()[0];
    @SuppressWarnings("unchecked")
    Optional<Instant> since = (Optional<Instant>) job.get()[1];
    @SuppressWarnings("unchecked")
    List<String> types = (List<String>) job.get()[2];
    Instant transactionTime = clock.instant();
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    IParser parser = fhir.newJsonParser().setPrettyPrint(false);
    for (CaseData data : sources.all(actor, "EXPORT")) {
      if (since.isPresent() && data.view().updatedAt().isBefore(since.get())) {
        continue;
      }
      for (Resource resource : CaseResources.of(data, zone)) {
        String type = resource.fhirType();
        if (types.contains(type)) {
          files
              .computeIfAbsent(type, t -> new StringBuilder())
              .append(parser.encodeResourceToString(resource))
              .append('\n');
          counts.merge(type, 1, Integer::sum);
        }
      }
    }
    for (var file : files.entrySet()) {
      jdbc.sql(
              "insert into fhir.bulk_export_file (export_id, resource_type, resource_count, ndjson)"
                  + " values (?, ?, ?, ?)")
          .params(id, file.getKey(), counts.get(file.getKey()), file.getValue().toString())
          .update();
    }
    jdbc.sql(
            "update fhir.bulk_export set status = 'COMPLETE', transaction_time = ?, finished_at = ?"
                + " where id = ?")
        .params(Timestamp.from(transactionTime), Timestamp.from(clock.instant()), id)
        .update();
  }

  /** Records why an export could not run, so that polling reports the error. */
  @Transactional
  public void fail(UUID id, String reason) {
    jdbc.sql(
            "update fhir.bulk_export set status = 'FAILED', error = ?, finished_at = ?"
                + " where id = ? and status = 'ACCEPTED'")
        .params(reason, Timestamp.from(clock.instant()), id)
        .update();
  }

  static void requireExporter(Actor actor) {
    if (!EXPORTERS.contains(actor.role())) {
      throw Refusal.forbidden(
              "A " + actor.role() + " may not export; coordinators and auditors may")
          .withWords("refusal.fhir.exportRole", actor.role());
    }
  }
}
