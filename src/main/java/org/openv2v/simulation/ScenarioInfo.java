package org.openv2v.simulation;

/** A built-in scenario, for choosing one. */
public record ScenarioInfo(String name, String description, String product) {}
