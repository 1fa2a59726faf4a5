package org.openv2v.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.openv2v.bedside.BedsideVerifications;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.InfusionClearance;
import org.openv2v.safety.domain.ChecklistItem;
import org.openv2v.safety.domain.PreInfusionFacts;
import org.openv2v.safety.domain.PreInfusionRules;
import org.openv2v.safety.internal.ChecklistRows;
import org.openv2v.safety.internal.LymphodepletionRows;
import org.openv2v.safety.internal.Regimens;
import org.openv2v.safety.internal.SafetyProperties;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-infusion gate: INFUSED is refused until lymphodepletion is finished within the product's
 * window, tocilizumab is reserved for the patient and the physician has signed the checklist. The
 * bedside MATCH is bedside's own clearance; the checklist view shows it too. The gate is judged at
 * the moment INFUSED is recorded (today in Asia/Seoul), as the bedside clearance is.
 */
@Service
@RequiredArgsConstructor
public class PreInfusionChecklist implements InfusionClearance {

  private final LymphodepletionRows lymphodepletions;
  private final ChecklistRows signatures;
  private final TocilizumabStock stock;
  private final Regimens regimens;
  private final SafetyProperties properties;
  private final CaseAccess access;
  private final BedsideVerifications bedside;
  private final Clock clock;
  private final ZoneId zone;

  /** The checklist as shown on the case: every item, met or not, and why. */
  /**
   * The checklist; once the case is infused ({@code infusedAt} present) it is the record of the
   * gate as it stood at the infusion, no longer a list of things to do.
   */
  public record Checklist(
      UUID caseId,
      boolean readyToInfuse,
      List<ChecklistItem> items,
      Optional<Instant> infusedAt,
      Optional<Lymphodepletions.Course> lymphodepletion) {}

  @Override
  public Optional<String> refusal(UUID caseId) {
    List<String> unmet =
        safetyItems(caseId, lymphodepletions.latest(caseId), now()).stream()
            .filter(item -> !item.met())
            .map(ChecklistItem::why)
            .toList();
    return unmet.isEmpty()
        ? Optional.empty()
        : Optional.of("pre-infusion checklist not met: " + String.join("; ", unmet));
  }

  @Transactional
  public Checklist view(UUID caseId, Actor actor) {
    CaseView found = access.read(caseId, actor);
    // After the infusion the gate is judged as it stood then: the course that finished by the
    // infusion day, the signature valid at that moment. INFUSED cannot be recorded without a
    // bedside MATCH after the thaw (a hard stop), so that item was met.
    Optional<Instant> infusedAt =
        found.state().isBeforeInfusion() ? Optional.empty() : found.milestones().infusedAt();
    Instant at = infusedAt.orElseGet(this::now);
    Optional<LymphodepletionRows.Row> course = courseBy(caseId, infusedAt);
    List<ChecklistItem> items = new ArrayList<>(safetyItems(caseId, course, at));
    if (infusedAt.isPresent()) {
      items.add(
          new ChecklistItem(
                  ChecklistItem.BEDSIDE,
                  true,
                  "two-person bedside MATCH recorded before the infusion")
              .worded("bedside.match"));
    } else {
      Optional<String> bedsideRefusal = bedside.refusal(caseId);
      items.add(
          new ChecklistItem(
                  ChecklistItem.BEDSIDE,
                  bedsideRefusal.isEmpty(),
                  bedsideRefusal.orElse("two-person bedside MATCH recorded after the thaw"))
              .worded(
                  bedsideRefusal.isEmpty()
                      ? "bedside.match"
                      // The bedside module says which is missing: the thaw, or a MATCH after it.
                      : bedsideRefusal.get().startsWith("no thaw")
                          ? "bedside.noThaw"
                          : "bedside.noMatch"));
    }
    return new Checklist(
        caseId,
        infusedAt.isEmpty() && items.stream().allMatch(ChecklistItem::met),
        items,
        infusedAt,
        course.map(Lymphodepletions.Course::of));
  }

  /** The physician attests, for this case, to the three conditions the labels require. */
  @Transactional
  public Checklist sign(
      UUID caseId,
      boolean noActiveInfection,
      boolean organFunctionAdequate,
      boolean noNewContraindications,
      Optional<String> note,
      Actor actor) {
    CaseView found = access.write(caseId, actor, Role.PHYSICIAN);
    if (!found.state().isBeforeInfusion()) {
      throw new Refusal(
              Refusal.Kind.CONFLICT,
              "The case is " + found.state() + ": the pre-infusion checklist is closed")
          .withWords("refusal.checklist.state", found.state());
    }
    signatures.insert(
        new ChecklistRows.Signature(
            UUID.randomUUID(),
            caseId,
            noActiveInfection,
            organFunctionAdequate,
            noNewContraindications,
            note,
            now(),
            actor.username()));
    return view(caseId, actor);
  }

  /** The latest course, or after the infusion the latest that had finished by the infusion day. */
  private Optional<LymphodepletionRows.Row> courseBy(UUID caseId, Optional<Instant> infusedAt) {
    if (infusedAt.isEmpty()) {
      return lymphodepletions.latest(caseId);
    }
    LocalDate infusionDay = LocalDate.ofInstant(infusedAt.get(), zone);
    List<LymphodepletionRows.Row> rows = lymphodepletions.of(caseId);
    for (int i = rows.size() - 1; i >= 0; i--) {
      LymphodepletionRows.Row row = rows.get(i);
      if (row.finishedOn().filter(day -> !day.isAfter(infusionDay)).isPresent()) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  private List<ChecklistItem> safetyItems(
      UUID caseId, Optional<LymphodepletionRows.Row> course, Instant now) {
    return PreInfusionRules.evaluate(
        new PreInfusionFacts(
            course.map(
                row ->
                    new PreInfusionFacts.Course(
                        row.productCode(), row.indication(), row.startedOn(), row.finishedOn())),
            course
                .flatMap(row -> regimens.of(row.productCode(), row.indication()))
                .map(regimen -> regimen.infusionWindow()),
            LocalDate.ofInstant(now, zone),
            stock.reservedFor(caseId),
            properties.tocilizumabDosesRequired(),
            signatures
                .latest(caseId)
                .map(
                    signature ->
                        new PreInfusionFacts.Signature(
                            signature.noActiveInfection(),
                            signature.organFunctionAdequate(),
                            signature.noNewContraindications(),
                            signature.signedBy(),
                            signature.signedAt())),
            now,
            Duration.ofHours(properties.checklistValidHours())));
  }

  private Instant now() {
    return StoredTime.now(clock);
  }
}
