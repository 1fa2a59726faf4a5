package org.openv2v.forecast;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code openv2v.forecast.*}: replications and seed (the same seed and state give the same
 * forecast), threads, how many weeks ahead slots are sought, the scenario whose pathway and hazards
 * fill what the records do not give, and the time of the nightly refresh in the network's zone,
 * whether refreshes run in the background, and how many days later a case's p50 may move before its
 * coordinator is alerted.
 */
@ConfigurationProperties("openv2v.forecast")
public record ForecastSettings(
    @DefaultValue("400") int replications,
    @DefaultValue("20261203") long seed,
    @DefaultValue("2") int threads,
    @DefaultValue("78") int horizonWeeks,
    @DefaultValue("korea-2023") String scenario,
    @DefaultValue("02:00") LocalTime nightlyAt,
    @DefaultValue("true") boolean background,
    @DefaultValue("7") int driftDays) {}
