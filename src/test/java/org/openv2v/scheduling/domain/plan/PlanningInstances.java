package org.openv2v.scheduling.domain.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded, reproducible planning problems for tests and the benchmark: a backlog of waiting cases at
 * several centres, facilities that each make two of the network's products, weekly slots over a
 * horizon. The same seed always gives the same problem.
 *
 * <p>Shape, from the evidence: about one slot per month per centre left a median of 20 patients per
 * centre waiting about six months (Kourelis, TCT 2023; evidence §2.3); here total capacity is a
 * quarter above demand, so the backlog can clear and the order of service is what matters.
 * Manufacturing takes 14 to 24 days (axi-cel 14-19 d to release, tisa-cel about 25 d with transit;
 * evidence §1.4, Korea T-2); every other facility is overseas (3 days in transit each way) as
 * Korea's tisa-cel is made in New Jersey. Priorities follow the tempo mix below; they are
 * assumptions for testing, not clinical data.
 */
public final class PlanningInstances {

  /** Days from receipt at the centre to the earliest infusion (3 days of Flu/Cy, 2 of rest). */
  public static final int INFUSION_LEAD_DAYS = 5;

  private PlanningInstances() {}

  public record Shape(int cases, int centres, int facilities, int weeks, int maxWaitDays) {}

  public static Plan generate(long seed, Shape shape, LocalDate today) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate firstWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    int products = Math.max(shape.facilities(), 1);
    int slotsPerWeek =
        (int) Math.ceil(1.25 * shape.cases() / (2.0 * shape.facilities() * shape.weeks()));
    List<PlanSlot> slots = new ArrayList<>();
    Map<String, Integer> inbound = new HashMap<>();
    for (int f = 0; f < shape.facilities(); f++) {
      String facility = "F" + (f + 1);
      int manufacturingDays = 14 + random.nextInt(11);
      inbound.put(facility, f % 2 == 0 ? 3 : 1);
      for (int p : new int[] {f, (f + 1) % products}) {
        for (int w = 0; w < shape.weeks(); w++) {
          LocalDate week = firstWeek.plusWeeks(w);
          slots.add(
              new PlanSlot(
                  facility + "/P" + (p + 1) + "/" + week,
                  facility,
                  "P" + (p + 1),
                  week,
                  slotsPerWeek,
                  manufacturingDays));
        }
      }
    }
    Map<String, Map<LocalDate, Integer>> chairs = new HashMap<>();
    for (int c = 0; c < shape.centres(); c++) {
      Map<LocalDate, Integer> days = new HashMap<>();
      for (LocalDate day = today; day.isBefore(firstWeek.plusWeeks(shape.weeks())); ) {
        if (day.getDayOfWeek().getValue() <= 5) {
          days.put(day, 1 + (c % 3 == 0 ? 1 : 0));
        }
        day = day.plusDays(1);
      }
      chairs.put(centre(c), days);
    }
    List<WaitingCase> cases = new ArrayList<>();
    for (int i = 0; i < shape.cases(); i++) {
      String centre = centre(random.nextInt(shape.centres()));
      String product = "P" + (1 + random.nextInt(products));
      LocalDate listed = today.minusDays(random.nextInt(120));
      LocalDate earliest = today.plusDays(1 + random.nextInt(21));
      Set<LocalDate> busy = new HashSet<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        busy.add(today.plusDays(1 + random.nextInt(70)));
      }
      double tempo = random.nextDouble();
      int weight = tempo < 0.3 ? 300 : tempo < 0.7 ? 200 : 100;
      Map<String, Integer> reachable = new HashMap<>();
      slots.stream()
          .filter(slot -> slot.productCode().equals(product))
          .forEach(slot -> reachable.put(slot.facilityId(), inbound.get(slot.facilityId())));
      cases.add(
          new WaitingCase(
              "case-%04d".formatted(i),
              product,
              centre,
              centre,
              weight,
              listed,
              earliest,
              busy,
              reachable,
              reachable,
              INFUSION_LEAD_DAYS,
              slots));
    }
    return new Plan(
        slots, new ChairCalendar(chairs), new PlanningPolicy(shape.maxWaitDays()), cases);
  }

  private static String centre(int index) {
    return "C%02d".formatted(index + 1);
  }
}
