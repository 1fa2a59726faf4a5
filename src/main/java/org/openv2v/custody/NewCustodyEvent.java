package org.openv2v.custody;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openv2v.custody.domain.Condition;
import org.openv2v.custody.domain.CustodyStep;
import org.openv2v.shared.StoredTime;

/**
 * A custody event to sign, as the signer describes it; the passwords travel separately.
 *
 * @param eventId client-chosen; a retry with the same id and content is stored once
 * @param step what happened to the cells
 * @param siteId where
 * @param units the scanned unit texts, as the scanner produced them
 * @param deviceTime when, by the scanning device's clock
 * @param condition the package as found
 * @param temperatureCelsius the temperature read, if any
 * @param note free text, if any
 * @param witness the witness's username, if the step is witnessed
 */
public record NewCustodyEvent(
    UUID eventId,
    CustodyStep step,
    String siteId,
    List<String> units,
    Instant deviceTime,
    Condition condition,
    Optional<BigDecimal> temperatureCelsius,
    Optional<String> note,
    Optional<String> witness) {

  public NewCustodyEvent {
    units = List.copyOf(units);
    deviceTime = StoredTime.of(deviceTime);
  }
}
