package org.openv2v.cases.internal;

import lombok.RequiredArgsConstructor;
import org.openv2v.identity.Identities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives a DIN to every case opened before cases had one, so that no case is without identity. */
@Component
@Order(5)
@RequiredArgsConstructor
class CaseDinBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CaseDinBackfill.class);

  private final CaseRows cases;
  private final Identities identities;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    var missing = cases.withoutDin();
    missing.forEach(id -> cases.setDin(id, identities.allocate().text()));
    if (!missing.isEmpty()) {
      log.info("Gave a DIN to {} cases opened before DINs were introduced.", missing.size());
    }
  }
}
