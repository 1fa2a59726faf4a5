package org.openv2v.logistics.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the cold chain, under {@code openv2v.logistics}. No published source gives the
 * tolerances, so they are a deployment's choice (docs/logistics.md).
 *
 * @param briefExcursionTolerance an excursion back in range within this long is a WARNING, longer
 *     is CRITICAL; default 10 minutes, a platform default, not a published rule
 * @param maxLoggerGap the longest interval between readings before the gap itself is reported;
 *     default 30 minutes, six intervals of a logger reading every 5 minutes
 * @param rulesFile the cold-chain profiles; default the shipped reference/cold-chain.json
 */
@ConfigurationProperties("openv2v.logistics")
public record LogisticsProperties(
    Duration briefExcursionTolerance, Duration maxLoggerGap, String rulesFile) {

  public LogisticsProperties {
    briefExcursionTolerance =
        briefExcursionTolerance == null ? Duration.ofMinutes(10) : briefExcursionTolerance;
    maxLoggerGap = maxLoggerGap == null ? Duration.ofMinutes(30) : maxLoggerGap;
    rulesFile = rulesFile == null ? "classpath:reference/cold-chain.json" : rulesFile;
  }
}
