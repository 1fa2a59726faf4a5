package org.openv2v.custody;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.EventFields;
import org.openv2v.custody.domain.WitnessCheck.WitnessProblem;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;

/** Why a custody signature is refused, in English for logs and as message keys for pages. */
final class CustodyRefusals {

  private CustodyRefusals() {}

  static Refusal platformStep(CustodyStep step) {
    return Refusal.forbidden(step + " is recorded by the platform, never signed.")
        .withWords("refusal.custody.platformStep", step);
  }

  static Refusal signerRole(CustodyStep step, Role role) {
    Set<Role> signers = SigningPolicy.signersOf(step);
    return Refusal.forbidden(step + " is signed by " + signers + ", not by a " + role)
        .withWords("refusal.custody.signerRole", step, signers, role);
  }

  static Refusal notYourSite(String siteId) {
    return Refusal.forbidden("You do not work at " + siteId)
        .withWords("refusal.site.notYours", siteId);
  }

  static Refusal siteNotInCase(String siteId, String caseReference, Set<String> participants) {
    TreeSet<String> sorted = new TreeSet<>(participants);
    return new Refusal(
            Refusal.Kind.UNPROCESSABLE,
            siteId + " takes no part in case " + caseReference + " (" + sorted + ")")
        .withWords("refusal.custody.siteNotInCase", siteId, caseReference, sorted);
  }

  static Refusal idReused(UUID eventId) {
    return new Refusal(
            Refusal.Kind.CONFLICT,
            "Event id "
                + eventId
                + " was already used for a different custody event; use a new id for a new event.")
        .withWords("refusal.custody.idReused", eventId);
  }

  static Refusal units(String reason) {
    return new Refusal(Refusal.Kind.UNPROCESSABLE, "Refused: " + reason)
        .withWords("refusal.custody.refused", reason);
  }

  static Refusal witnessPassword(String username) {
    return Refusal.forbidden("Witness signature refused: password does not match for " + username)
        .withWords("refusal.custody.witnessPassword", username);
  }

  static Refusal witness(
      WitnessProblem problem,
      CustodyStep step,
      String productCode,
      String witness,
      Role witnessRole,
      String siteId) {
    return switch (problem) {
      case WITNESS_NEEDED ->
          new Refusal(
                  Refusal.Kind.UNPROCESSABLE,
                  step
                      + " of "
                      + productCode
                      + " must be witnessed: a second person signs with witness.username and"
                      + " witness.password.")
              .withWords("refusal.custody.witnessNeeded", step, productCode);
      case SELF_WITNESS ->
          new Refusal(
                  Refusal.Kind.UNPROCESSABLE,
                  "You cannot witness your own signature: the witness must be a second person.")
              .withWords("refusal.custody.selfWitness");
      case ROLE_MAY_NOT_WITNESS ->
          new Refusal(
                  Refusal.Kind.UNPROCESSABLE,
                  "A "
                      + witnessRole
                      + " cannot witness custody: the witness handles the cells too.")
              .withWords("refusal.custody.witnessRole", witnessRole);
      case NOT_AT_SITE ->
          new Refusal(
                  Refusal.Kind.UNPROCESSABLE,
                  "The witness " + witness + " does not work at " + siteId + ".")
              .withWords("refusal.custody.witnessSite", witness, siteId);
    };
  }

  static Refusal deviceTime(EventFields.TimeProblem problem, Instant now) {
    return switch (problem) {
      case BEFORE_EARLIEST ->
          Refusal.invalidField("deviceTime", "must not be before " + EventFields.EARLIEST)
              .withWords("refusal.field.notBefore", EventFields.EARLIEST);
      case AHEAD_OF_CLOCK ->
          Refusal.invalidField(
                  "deviceTime", "is more than 24 hours ahead of the server's clock (" + now + ")")
              .withWords("refusal.field.aheadOfClock", now);
    };
  }

  static Refusal note() {
    return Refusal.invalidField(
            "note", "must not contain control characters other than line breaks and tabs")
        .withWords("refusal.field.controlCharacters");
  }

  static Refusal scan(EventFields.ScanProblem problem) {
    String field = "units[" + problem.index() + "]";
    if (problem.blank()) {
      return Refusal.invalidField(field, "is blank").withWords("refusal.field.blank");
    }
    return Refusal.invalidField(field, problem.unit() + " is scanned twice")
        .withWords("refusal.custody.scannedTwice", problem.unit());
  }
}
