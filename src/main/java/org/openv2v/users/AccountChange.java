package org.openv2v.users;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded change to an account: who made it, when, to which account, and what changed (for
 * example {@code role: {from: NURSE, to: PHYSICIAN}}); never a password or its hash.
 */
public record AccountChange(
    long id,
    Instant changedAt,
    String changedBy,
    String username,
    AccountAction action,
    Map<String, Object> details) {}
