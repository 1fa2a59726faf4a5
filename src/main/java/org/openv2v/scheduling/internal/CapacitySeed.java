package org.openv2v.scheduling.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.openv2v.network.Network;
import org.openv2v.network.Site;
import org.openv2v.network.SiteType;
import org.openv2v.scheduling.BlackoutDay;
import org.openv2v.scheduling.ChairCapacity;
import org.openv2v.scheduling.CourierLane;
import org.openv2v.scheduling.ManufacturingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, after the demo network is loaded, describes its capacity once from
 * reference/capacity.json: chairs, manufacturing times and weekly slots from this week on, courier
 * lanes between every collecting site, facility and centre, and public holidays.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("openv2v.demo")
@RequiredArgsConstructor
class CapacitySeed implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CapacitySeed.class);
  static final String SEEDER = "demo";

  private final CapacityRows rows;
  private final Network network;
  private final CapacityPictures pictures;
  private final JsonMapper json;

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    if (!network.hasSites() || rows.hasChairs()) {
      return;
    }
    CapacityFile file;
    try (InputStream in = new ClassPathResource("reference/capacity.json").getInputStream()) {
      file = json.readValue(in, CapacityFile.class);
    }
    List<Site> sites = network.sites();
    for (CapacityFile.Chairs chairs : file.chairs()) {
      if (network.site(chairs.siteId()).isPresent()) {
        rows.saveChairs(
            new ChairCapacity(chairs.siteId(), chairs.chairs(), chairs.weekends(), chairs.source()),
            SEEDER);
      }
    }
    LocalDate week = CapacityPicture.weekOf(pictures.today());
    for (CapacityFile.Manufacturing made : file.manufacturing()) {
      if (network.site(made.facilityId()).isEmpty()) {
        continue;
      }
      rows.saveManufacturingTime(
          new ManufacturingTime(
              made.facilityId(), made.productCode(), made.manufacturingDays(), made.source()),
          SEEDER);
      for (int w = 0; w < file.seedWeeks(); w++) {
        CapacityRows.Slot slot =
            rows.lockSlot(made.facilityId(), made.productCode(), week.plusWeeks(w), SEEDER);
        rows.setSlotCapacity(slot.id(), made.slotsPerWeek(), made.source(), SEEDER);
      }
    }
    int lanes = 0;
    for (CapacityFile.LaneRule rule : file.lanes()) {
      for (Site from : sites) {
        for (Site to : sites) {
          if (from.country().equals(rule.fromCountry())
              && to.country().equals(rule.toCountry())
              && carries(from, to)) {
            rows.saveLane(
                new CourierLane(
                    from.id(),
                    to.id(),
                    rule.distribution(),
                    rule.medianDays(),
                    rule.p90Days(),
                    rule.source(),
                    null,
                    null),
                SEEDER);
            lanes++;
          }
        }
      }
    }
    for (CapacityFile.Blackout blackout : file.blackouts()) {
      for (Site site : sites) {
        if (site.country().equals(blackout.country()) && site.collectsCells()) {
          rows.saveBlackout(
              new BlackoutDay(
                  site.id(), blackout.day(), blackout.reason() + " [" + blackout.source() + "]"),
              SEEDER);
        }
      }
    }
    log.info(
        "Demo capacity: {} collecting sites, {} products' slots for {} weeks, {} courier lanes",
        file.chairs().size(),
        file.manufacturing().size(),
        file.seedWeeks(),
        lanes);
  }

  /** Cells go from a collecting site to a facility; product from a facility to a centre. */
  private static boolean carries(Site from, Site to) {
    boolean facility = to.type() == SiteType.MANUFACTURING_FACILITY;
    return (from.collectsCells() && facility)
        || (from.type() == SiteType.MANUFACTURING_FACILITY && to.isTreatmentCentre());
  }
}
