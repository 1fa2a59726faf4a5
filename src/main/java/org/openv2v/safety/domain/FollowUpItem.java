package org.openv2v.safety.domain;

import java.time.LocalDate;

/**
 * One planned follow-up item: due on {@code dueOn}, acceptable from {@code windowOpens}. {@code
 * sequence} numbers repeated kinds (day 1..7, year 2..15).
 */
public record FollowUpItem(
    FollowUpKind kind,
    int sequence,
    LocalDate windowOpens,
    LocalDate dueOn,
    String description,
    String source) {}
