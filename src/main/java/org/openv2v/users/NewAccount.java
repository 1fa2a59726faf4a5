package org.openv2v.users;

import java.util.Set;
import org.openv2v.security.Role;

/** An account an administrator opens: the user name is for good, the rest can change. */
public record NewAccount(
    String username, String displayName, Role role, Set<String> siteIds, String password) {}
