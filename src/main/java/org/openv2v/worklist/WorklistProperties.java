package org.openv2v.worklist;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The worklist's settings (docs/worklist.md). {@code custodyGrace}: how long the step that led to
 * the current state may stay unsigned before it is overdue. {@code maxCases}: open cases read for
 * one home. {@code maxScheduleLookups}: cases whose booking is read for the expected infusion date,
 * those longest in their state first. {@code reportHorizon}: how far ahead registry and regulator
 * forms due show on the Home (overdue ones always do).
 */
@ConfigurationProperties("openv2v.worklist")
record WorklistProperties(
    @DefaultValue("PT24H") Duration custodyGrace,
    @DefaultValue("1000") int maxCases,
    @DefaultValue("60") int maxScheduleLookups,
    @DefaultValue("P30D") Period reportHorizon) {}
