package org.openv2v.custody;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.openv2v.cases.CaseView;
import org.openv2v.identity.Identities;
import org.openv2v.identity.domain.Din;
import org.openv2v.identity.domain.DinCheck;
import org.springframework.stereotype.Component;

/** Units are the case's when the scan reads as a valid DIN equal to the case's own. */
@Component
@RequiredArgsConstructor
class DinUnitMatcher implements UnitMatcher {

  private final Identities identities;

  @Override
  public Optional<String> caseDin(CaseView view) {
    return Optional.ofNullable(view.din());
  }

  @Override
  public ScannedUnit read(String normalised) {
    DinCheck reading = identities.check(normalised);
    return reading
        .din()
        .map(Din::text)
        .map(ScannedUnit::of)
        .orElseGet(() -> ScannedUnit.unreadable(reading.reason().orElse("is not a DIN")));
  }
}
