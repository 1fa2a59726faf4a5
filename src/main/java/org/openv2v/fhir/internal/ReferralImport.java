package org.openv2v.fhir.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.hl7.fhir.r4.model.Bundle;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.cases.Referral;
import org.openv2v.security.Actor;
import org.openv2v.shared.FieldProblem;
import org.openv2v.shared.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case from a FHIR transaction bundle exactly as {@code POST /api/v1/cases} does (the same
 * validation, then {@link Cases#refer}), once per bundle identifier. The case and the identifier
 * are stored in one transaction, so a refused bundle leaves nothing behind.
 */
@Service
@RequiredArgsConstructor
public class ReferralImport {

  /** What a transaction did: the case, and whether an earlier bundle had already opened it. */
  public record Outcome(UUID caseId, boolean replayed) {}

  private final Cases cases;
  private final Validator validator;
  private final JdbcClient jdbc;
  private final Clock clock;

  @Transactional
  public Outcome refer(Bundle bundle, Actor actor) {
    if (!bundle.hasIdentifier() || !bundle.getIdentifier().hasValue()) {
      throw Refusal.invalidField(
              "Bundle.identifier", "is required: it makes a resent referral harmless")
          .withWords("refusal.fhir.identifierRequired");
    }
    String system = Optional.ofNullable(bundle.getIdentifier().getSystem()).orElse("");
    String value = bundle.getIdentifier().getValue();
    if (value.length() > 200) {
      throw Refusal.invalidField("Bundle.identifier.value", "must be at most 200 characters")
          .withWords("refusal.field.over200");
    }
    Referral referral = ReferralBundles.referral(bundle);
    validate(referral);
    String content = sha256(referral.toString());
    Optional<Earlier> earlier = earlier(system, value);
    if (earlier.isPresent()) {
      if (!earlier.get().content().equals(content)) {
        throw new Refusal(
                Refusal.Kind.CONFLICT,
                "Bundle identifier "
                    + value
                    + " was already used for a different referral; use a new identifier.")
            .withWords("refusal.fhir.identifierUsed", value);
      }
      // Only someone who may read the case learns which case it opened.
      cases.find(earlier.get().caseId(), actor);
      return new Outcome(earlier.get().caseId(), true);
    }
    CaseView opened = cases.refer(referral, actor);
    jdbc.sql(
            """
            insert into fhir.referral_bundle (identifier_system, identifier_value, content_sha256,
                case_id, received_by, received_at)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(
            system, value, content, opened.id(), actor.username(), Timestamp.from(clock.instant()))
        .update();
    return new Outcome(opened.id(), false);
  }

  private record Earlier(UUID caseId, String content) {}

  private Optional<Earlier> earlier(String system, String value) {
    return jdbc.sql(
            "select case_id, content_sha256 from fhir.referral_bundle"
                + " where identifier_system = ? and identifier_value = ?")
        .params(system, value)
        .query(
            (row, n) ->
                new Earlier(row.getObject("case_id", UUID.class), row.getString("content_sha256")))
        .optional();
  }

  /** The checks {@code @Valid} runs on the REST API's referral, named by the referral's paths. */
  private void validate(Referral referral) {
    List<ConstraintViolation<Referral>> violations =
        validator.validate(referral).stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .toList();
    if (!violations.isEmpty()) {
      List<FieldProblem> problems =
          violations.stream()
              .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
              .toList();
      throw new Refusal(
              Refusal.Kind.INVALID,
              problems.get(0).field() + ": " + problems.get(0).message(),
              problems)
          .withWords(
              "refusal.fhir.referralField", problems.get(0).field(), problems.get(0).message());
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
