package org.openv2v.simulation;

import java.util.Optional;

/**
 * A network simulation to run: a built-in scenario by name, or a scenario file's YAML text (one of
 * the two), over {@code years} with {@code replications} from {@code seed}.
 */
public record NewSimulation(
    Optional<String> scenario, Optional<String> yaml, double years, int replications, long seed) {}
