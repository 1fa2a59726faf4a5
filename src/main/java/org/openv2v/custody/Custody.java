package org.openv2v.custody;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.cases.CaseView;
import org.openv2v.cases.Cases;
import org.openv2v.custody.domain.Chain;
import org.openv2v.custody.domain.ChainHashes;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyContent;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.custody.domain.EventFields;
import org.openv2v.custody.domain.LedgerCheck;
import org.openv2v.custody.domain.LedgerEntry;
import org.openv2v.custody.domain.LedgerExport;
import org.openv2v.custody.domain.LedgerVerdict;
import org.openv2v.custody.domain.Signatory;
import org.openv2v.custody.domain.UnitCheck;
import org.openv2v.custody.domain.WitnessCheck;
import org.openv2v.custody.domain.WitnessingRules;
import org.openv2v.custody.internal.RecordRows;
import org.openv2v.custody.internal.RefusalRows;
import org.openv2v.security.Actor;
import org.openv2v.security.Role;
import org.openv2v.security.UserAccounts;
import org.openv2v.shared.Refusal;
import org.openv2v.shared.StoredTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed custody events: every handover and handling of the cells, signed by the person who did it
 * with their password re-entered, witnessed where the product's rules ask for it, checked against
 * the case's units, and appended to the hash-chained ledger (docs/ledger.md).
 */
@Service
public class Custody {

  static final String PASSWORD_REFUSED = "Signature refused: password does not match";

  private static final Logger log = LoggerFactory.getLogger(Custody.class);

  private final Cases cases;
  private final UserAccounts accounts;
  private final RecordRows records;
  private final RefusalRows refusals;
  private final UnitMatcher units;
  private final WitnessingRules witnessing;
  private final MeterRegistry meters;
  private final Clock clock;
  private final TransactionTemplate appending;
  private final TransactionTemplate refusing;

  Custody(
      Cases cases,
      UserAccounts accounts,
      RecordRows records,
      RefusalRows refusals,
      UnitMatcher units,
      WitnessingRules witnessing,
      MeterRegistry meters,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.cases = cases;
    this.accounts = accounts;
    this.records = records;
    this.refusals = refusals;
    this.units = units;
    this.witnessing = witnessing;
    this.meters = meters;
    this.clock = clock;
    this.appending = new TransactionTemplate(transactions);
    this.refusing = new TransactionTemplate(transactions);
    this.refusing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Signs a custody event on a case as the actor, who re-enters their password. Replaying an event
   * id with the same content answers the original record and stores nothing.
   */
  public SignedCustodyEvent sign(
      UUID caseId,
      NewCustodyEvent event,
      String password,
      Optional<Credentials> witnessCredentials,
      Actor actor) {
    CaseView view = cases.find(caseId, actor);
    EventFields.Scans scans = EventFields.scans(event.units());
    if (scans.problem().isPresent()) {
      throw CustodyRefusals.scan(scans.problem().get());
    }
    List<String> scanned = scans.units();
    checkFields(event);
    Optional<LedgerEntry> earlier = records.find(event.eventId());
    if (earlier.isPresent()) {
      return replay(caseId, event, scanned, actor, earlier.get());
    }
    SigningPolicy.requireSigner(event, view, actor);
    // 21 CFR 11.200(a)(1): the signer re-enters their password for every signature.
    Actor signer =
        accounts
            .verify(actor.username(), password)
            .orElseThrow(
                () -> {
                  log.warn(
                      "Custody signature refused: wrong password for {} on case {}",
                      actor.username(),
                      caseId);
                  meters.counter("openv2v.custody.refusals", "reason", "PASSWORD").increment();
                  return Refusal.forbidden(PASSWORD_REFUSED)
                      .withWords("refusal.custody.passwordWrong");
                });
    checkUnits(view, event, scanned, signer);
    Optional<Signatory> witness = witness(view, event, signer, witnessCredentials);
    Signatory signature =
        new Signatory(
            signer.username(), signer.displayName(), signer.role().name(), event.step().meaning());
    Appended appended;
    try {
      appended = append(caseId, event, scanned, signature, witness);
    } catch (DuplicateKeyException e) {
      // The head lock makes this unreachable in one database; kept as the last guard.
      appended = new Appended(records.find(event.eventId()).orElseThrow(() -> e), true);
    }
    if (appended.raced()) {
      return replay(caseId, event, scanned, actor, appended.entry());
    }
    meters.counter("openv2v.custody.records", "step", event.step().name()).increment();
    return new SignedCustodyEvent(CustodyRecord.of(appended.entry()), false);
  }

  /**
   * Appends an {@link CustodyStep#EXCURSION_OBSERVED} record to the case's chain: condition
   * TEMPERATURE_EXCURSION, no units, the note saying what was found, and as "signer" the account
   * whose upload carried the readings, with the meaning "logger data uploaded by" (it is not an
   * electronic signature: no password was re-entered). Recording the same observation id again
   * answers the first record. No access check here: the caller has checked that the reporter may
   * see the case.
   */
  public CustodyRecord observe(ObservedExcursion observation, Actor reporter) {
    Optional<LedgerEntry> earlier = records.find(observation.observationId());
    if (earlier.isPresent()) {
      return CustodyRecord.of(earlier.get());
    }
    NewCustodyEvent event =
        new NewCustodyEvent(
            observation.observationId(),
            CustodyStep.EXCURSION_OBSERVED,
            observation.siteId(),
            List.of(),
            observation.startedAt(),
            Condition.TEMPERATURE_EXCURSION,
            observation.peakCelsius().map(c -> c.setScale(2, java.math.RoundingMode.CEILING)),
            Optional.of(observation.note()),
            Optional.empty());
    Signatory reportedBy =
        new Signatory(
            reporter.username(),
            reporter.displayName(),
            reporter.role().name(),
            CustodyStep.EXCURSION_OBSERVED.meaning());
    Appended appended =
        append(observation.caseId(), event, List.of(), reportedBy, Optional.empty());
    if (!appended.raced()) {
      meters.counter("openv2v.custody.records", "step", event.step().name()).increment();
    }
    return CustodyRecord.of(appended.entry());
  }

  /** The steps a person in this role may sign, in the order of the journey (for the pages). */
  public List<CustodyStep> stepsSignableBy(Role role) {
    return Arrays.stream(CustodyStep.values())
        .filter(step -> SigningPolicy.maySign(role, step))
        .toList();
  }

  /** Whether the product's rules ask a second person to witness this step. */
  public boolean requiresWitness(String productCode, CustodyStep step) {
    return witnessing.requiresWitness(productCode, step);
  }

  /**
   * A case's custody chain as a self-contained export that {@code verify-ledger} checks offline.
   * Notes written at clinical sites are withheld from those who may not see patient identity, as in
   * the case's timeline; the content still commits to them through their hash.
   */
  public String export(UUID caseId, Actor actor) {
    CaseView view = cases.find(caseId, actor);
    return LedgerExport.write(
        caseId,
        records.ofCase(caseId),
        entry -> view.withholdsNotesWrittenAt(entry.content().siteId()));
  }

  /**
   * Recomputes the whole ledger from its rows, in one consistent snapshot: every content hash, both
   * chains, and the head.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public LedgerVerdict verify() {
    LedgerCheck check = new LedgerCheck();
    RecordRows.Head head = records.head();
    records.each(check::add, check::unreadable);
    return check.finish(head.lastSequence(), head.lastChainHash());
  }

  private record Appended(LedgerEntry entry, boolean raced) {}

  private Appended append(
      UUID caseId,
      NewCustodyEvent event,
      List<String> scanned,
      Signatory signature,
      Optional<Signatory> witness) {
    return appending.execute(
        status -> {
          RecordRows.Head head = records.lockHead();
          // Under the lock: an identical request that got here first has committed by now.
          Optional<LedgerEntry> raced = records.find(event.eventId());
          if (raced.isPresent()) {
            return new Appended(raced.get(), true);
          }
          RecordRows.CaseHead caseHead =
              records.caseHead(caseId).orElse(new RecordRows.CaseHead(0, Chain.ZERO));
          CustodyContent content =
              new CustodyContent(
                  caseId,
                  caseHead.caseSequence() + 1,
                  head.lastSequence() + 1,
                  event.eventId(),
                  event.step(),
                  signature,
                  witness,
                  event.siteId(),
                  scanned,
                  StoredTime.now(clock),
                  event.deviceTime(),
                  event.condition(),
                  event.temperatureCelsius(),
                  CustodyContent.noteDigest(event.note()));
          LedgerEntry entry =
              new LedgerEntry(
                  content,
                  event.note(),
                  ChainHashes.append(content, caseHead.caseChainHash(), head.lastChainHash()));
          records.append(entry);
          return new Appended(entry, false);
        });
  }

  private SignedCustodyEvent replay(
      UUID caseId, NewCustodyEvent event, List<String> scanned, Actor actor, LedgerEntry earlier) {
    CustodyContent content = earlier.content();
    boolean same =
        content.caseId().equals(caseId)
            && content.step() == event.step()
            && content.siteId().equals(event.siteId())
            && content.units().equals(scanned)
            && content.deviceTime().equals(event.deviceTime())
            && content.condition() == event.condition()
            && sameNumber(content.temperatureCelsius(), event.temperatureCelsius())
            && earlier.note().equals(event.note())
            && content.signer().username().equals(actor.username())
            && content.witness().map(Signatory::username).equals(event.witness());
    if (!same) {
      throw CustodyRefusals.idReused(event.eventId());
    }
    return new SignedCustodyEvent(CustodyRecord.of(earlier), true);
  }

  private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  /**
   * Every unit must be this case's: a unit of another case is refused, and the refusal is recorded
   * with who scanned what, where and why.
   */
  private void checkUnits(
      CaseView view, NewCustodyEvent event, List<String> scanned, Actor signer) {
    List<UnitCheck.UnitProblem> problems =
        UnitCheck.check(
            view.reference(),
            units.caseDin(view),
            scanned.stream()
                .map(
                    unit -> {
                      UnitMatcher.ScannedUnit read = units.read(unit);
                      return new UnitCheck.ReadUnit(unit, read.din(), read.problem());
                    })
                .toList());
    if (problems.isEmpty()) {
      return;
    }
    String reason = UnitCheck.reason(problems);
    refusing.executeWithoutResult(
        status ->
            refusals.append(
                new RefusalRows.StoredRefusal(
                    StoredTime.now(clock),
                    view.id(),
                    event.eventId(),
                    event.step().name(),
                    event.siteId(),
                    signer.username(),
                    signer.role().name(),
                    scanned,
                    reason)));
    log.warn("Custody units refused on case {} for {}: {}", view.id(), signer.username(), reason);
    meters.counter("openv2v.custody.refusals", "reason", "UNIT").increment();
    throw CustodyRefusals.units(reason);
  }

  private Optional<Signatory> witness(
      CaseView view, NewCustodyEvent event, Actor signer, Optional<Credentials> credentials) {
    boolean required = witnessing.requiresWitness(view.productCode(), event.step());
    Optional<String> named = credentials.map(Credentials::username);
    WitnessCheck.beforePassword(required, named, signer.username())
        .ifPresent(
            problem -> {
              throw CustodyRefusals.witness(
                  problem, event.step(), view.productCode(), named.orElse(""), null, "");
            });
    if (credentials.isEmpty()) {
      return Optional.empty();
    }
    Credentials given = credentials.get();
    Actor witness =
        accounts
            .verify(given.username(), given.password())
            .orElseThrow(
                () -> {
                  log.warn(
                      "Custody witness signature refused: wrong password for {} on case {}",
                      given.username(),
                      view.id());
                  meters.counter("openv2v.custody.refusals", "reason", "PASSWORD").increment();
                  return CustodyRefusals.witnessPassword(given.username());
                });
    WitnessCheck.ofWitness(
            SigningPolicy.mayWitness(witness.role()), witness.worksAt(event.siteId()))
        .ifPresent(
            problem -> {
              throw CustodyRefusals.witness(
                  problem,
                  event.step(),
                  view.productCode(),
                  witness.username(),
                  witness.role(),
                  event.siteId());
            });
    return Optional.of(
        new Signatory(
            witness.username(),
            witness.displayName(),
            witness.role().name(),
            CustodyStep.WITNESS_MEANING));
  }

  private void checkFields(NewCustodyEvent event) {
    Instant now = clock.instant();
    Optional<EventFields.TimeProblem> time = EventFields.deviceTime(event.deviceTime(), now);
    if (time.isPresent()) {
      throw CustodyRefusals.deviceTime(time.get(), now);
    }
    if (event.note().filter(note -> !EventFields.printable(note)).isPresent()) {
      throw CustodyRefusals.note();
    }
  }
}
