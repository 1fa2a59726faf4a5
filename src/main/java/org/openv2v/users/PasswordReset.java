package org.openv2v.users;

/** A new password an administrator sets, to hand to the user by a safe channel. */
public record PasswordReset(String password) {}
