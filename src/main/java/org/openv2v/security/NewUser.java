package org.openv2v.security;

import java.util.Set;

/** An account to create. {@code demo} accounts sign in only while demo mode is on. */
public record NewUser(
    String username,
    String displayName,
    Role role,
    Set<String> siteIds,
    String password,
    boolean demo) {}
