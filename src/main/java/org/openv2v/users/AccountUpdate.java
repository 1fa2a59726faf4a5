package org.openv2v.users;

import java.util.Set;
import org.openv2v.security.Role;

/** The name shown, the role and the sites of an account, as the administrator wants them now. */
public record AccountUpdate(String displayName, Role role, Set<String> siteIds) {}
