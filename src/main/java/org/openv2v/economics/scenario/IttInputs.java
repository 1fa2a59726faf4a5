package org.openv2v.economics.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The intention-to-treat figures one evaluation uses, and where they came from: who of those
 * referred reaches infusion and when, and what happens to the others.
 *
 * @param fractionInfused share of referred patients who reach infusion
 * @param waitDays days from the decision to treat to infusion (mean over those infused)
 * @param origin "model file" or the simulation summary's path
 * @param referrals the referred population as weighted pathways (weights sum to 1): one per
 *     simulated patient when the simulation wrote patients.csv, else a few aggregate ones
 * @param hazardRatioPer30Days the wait–outcome link (1 = none)
 * @param referenceWaitDays the wait of the cohort the post-infusion curves were calibrated to
 * @param patients simulated patients evaluated one by one (0 for an aggregate evaluation)
 * @param stillWaiting simulated patients still in the pathway at the horizon, left out
 */
public record IttInputs(
    String arm,
    double fractionInfused,
    double waitDays,
    String origin,
    Optional<SimulationSummary> simulation,
    List<Referral> referrals,
    double hazardRatioPer30Days,
    double referenceWaitDays,
    int patients,
    int stillWaiting) {

  /** What happens to a referred patient. */
  public enum Fate {
    /** Infused after the wait; the arm's results from infusion on. */
    INFUSED,
    /** Died before infusion; nothing after death. */
    DIED_WAITING,
    /** Withdrawn by progression or manufacturing failure; the salvage pathway from then on. */
    SALVAGE_AFTER_WITHDRAWAL,
    /** Ineligible or refused by the payer; the comparator from the referral date. */
    COMPARATOR_FROM_REFERRAL
  }

  /**
   * A pathway of referred patients.
   *
   * @param days days from referral to infusion or to leaving the pathway
   * @param weight share of referred patients on it
   */
  public record Referral(Fate fate, double days, double weight) {}

  public boolean patientLevel() {
    return patients > 0;
  }

  /** Resolves the figures for one parameter vector: the simulation's, else the model file's. */
  static IttInputs resolve(
      ModelSpec.IntentionToTreat itt, double[] v, Optional<SimulationSummary> simulation) {
    double hr = itt.hazardRatioPer30Days().of(v);
    double reference = itt.referenceWaitDays().of(v);
    String origin = simulation.map(s -> s.file().toString()).orElse("model file");
    if (simulation.isPresent() && simulation.get().patientLevel()) {
      return patientLevel(itt, simulation.get(), hr, reference, origin);
    }
    OptionalDouble simWait =
        simulation.map(SimulationSummary::waitDays).orElse(OptionalDouble.empty());
    double wait =
        Math.max(0, simWait.isPresent() ? simWait.getAsDouble() : itt.veinToVeinDays().of(v));
    OptionalDouble simFraction =
        simulation.map(SimulationSummary::fractionInfused).orElse(OptionalDouble.empty());
    double failure = Curves.clamp(itt.manufacturingFailure().of(v));
    double fraction;
    if (simFraction.isPresent()) {
      fraction = simFraction.getAsDouble();
    } else if (itt.fractionInfused().isPresent()) {
      fraction = itt.fractionInfused().get().of(v);
    } else {
      // Competing risk during a deterministic wait: P(no dropout) = e^{−h·T} (evidence.md §6.1).
      fraction = (1 - failure) * Math.exp(-Math.max(0, itt.dropoutHazardPerDay().of(v)) * wait);
    }
    fraction = Curves.clamp(fraction);
    List<Referral> referrals = new ArrayList<>();
    referrals.add(new Referral(Fate.INFUSED, wait, fraction));
    double notInfused = 1 - fraction;
    Map<String, Double> withdrawn = simulation.map(SimulationSummary::withdrawn).orElse(Map.of());
    double counted = withdrawn.values().stream().mapToDouble(Double::doubleValue).sum();
    if (notInfused > 0 && counted > 0) {
      // The simulator's withdrawals by cause, at half the wait (the mean time of leaving under a
      // roughly uniform dropout during the wait).
      for (Map.Entry<String, Double> e : withdrawn.entrySet()) {
        Fate fate = fateOfCause(e.getKey());
        referrals.add(
            new Referral(
                fate,
                fate == Fate.COMPARATOR_FROM_REFERRAL ? 0 : wait / 2,
                notInfused * e.getValue() / counted));
      }
    } else if (notInfused > 0) {
      // Manufacturing failures are known at the end of manufacturing (after the wait); the other
      // dropouts leave, on average, half-way through it, a share of them by death (CARTITUDE-1).
      double failed = Math.min(failure, notInfused);
      double dropout = notInfused - failed;
      double died = dropout * Curves.clamp(itt.deathShareOfDropout().of(v));
      referrals.add(new Referral(Fate.SALVAGE_AFTER_WITHDRAWAL, wait, failed));
      referrals.add(new Referral(Fate.DIED_WAITING, wait / 2, died));
      referrals.add(new Referral(Fate.SALVAGE_AFTER_WITHDRAWAL, wait / 2, dropout - died));
    }
    return new IttInputs(
        itt.arm(), fraction, wait, origin, simulation, List.copyOf(referrals), hr, reference, 0, 0);
  }

  private static IttInputs patientLevel(
      ModelSpec.IntentionToTreat itt,
      SimulationSummary simulation,
      double hr,
      double reference,
      String origin) {
    List<ReferredPatient> counted =
        simulation.patients().stream().filter(p -> !p.stillWaiting()).toList();
    int waiting = simulation.patients().size() - counted.size();
    if (counted.isEmpty()) {
      throw new IllegalArgumentException(
          "patients.csv beside " + simulation.file() + " has no patient who left the pathway");
    }
    double weight = 1.0 / counted.size();
    List<Referral> referrals = new ArrayList<>(counted.size());
    double infused = 0;
    double waitSum = 0;
    for (ReferredPatient p : counted) {
      double days = p.waitDays().orElse(0);
      Fate fate = fateOfOutcome(p.outcome());
      referrals.add(new Referral(fate, fate == Fate.COMPARATOR_FROM_REFERRAL ? 0 : days, weight));
      if (p.infused()) {
        infused++;
        waitSum += days;
      }
    }
    return new IttInputs(
        itt.arm(),
        infused / counted.size(),
        infused > 0 ? waitSum / infused : 0,
        origin.replace("summary.json", PatientsFile.NAME),
        Optional.of(simulation),
        List.copyOf(referrals),
        hr,
        reference,
        counted.size(),
        waiting);
  }

  static Fate fateOfOutcome(String outcome) {
    return switch (outcome) {
      case "INFUSED" -> Fate.INFUSED;
      case "DEATH" -> Fate.DIED_WAITING;
      case "INELIGIBLE", "PAYER_REFUSAL" -> Fate.COMPARATOR_FROM_REFERRAL;
      default -> Fate.SALVAGE_AFTER_WITHDRAWAL;
    };
  }

  /** A withdrawal cause of the simulator's summary.json (camelCase or upper snake case). */
  static Fate fateOfCause(String cause) {
    String c = cause.replace("_", "").toLowerCase(Locale.ROOT);
    if (c.equals("death") || c.equals("died")) {
      return Fate.DIED_WAITING;
    }
    if (c.startsWith("ineligib") || c.startsWith("payer") || c.startsWith("refus")) {
      return Fate.COMPARATOR_FROM_REFERRAL;
    }
    return Fate.SALVAGE_AFTER_WITHDRAWAL;
  }
}
