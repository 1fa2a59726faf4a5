package org.openv2v.economics.model;

/** One arm's totals for incremental analysis: discounted costs and effects (QALYs or LYs). */
public record Strategy(String name, double cost, double effect) {}
