package org.openv2v.network.internal;

import java.time.LocalDate;
import java.util.List;
import org.openv2v.network.Site;

/** The layout of a network file such as {@code reference/korea-network.json}. */
public record NetworkFile(
    int version, LocalDate asOf, String name, String zone, List<Site> sites) {}
