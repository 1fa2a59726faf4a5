package org.openv2v.safety.domain;

/** The five ICE tasks as scored at the bedside. */
public record IceItems(int orientation, int naming, int commands, int writing, int attention) {}
