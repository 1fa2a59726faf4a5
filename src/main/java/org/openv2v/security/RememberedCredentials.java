package org.openv2v.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every request, and checking it against its bcrypt hash costs
 * tens of milliseconds by design. A successful sign-in is remembered for a short while under a
 * salted SHA-256 of the credentials (never the password itself), so an API client pays that cost
 * once a minute rather than on every call. Failures are never remembered.
 *
 * <p>Each node keeps its own memory (the salt never leaves it), and trusts an entry only while the
 * user's {@link SignInRevisions} counter in the database is the one it saw when it checked the
 * password: disabling an account or changing its password on any node ends what every node
 * remembers, at the cost of one primary-key read per remembered call.
 */
class RememberedCredentials implements AuthenticationProvider {

  static final Duration REMEMBER_FOR = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private final AuthenticationProvider checker;
  private final ToLongFunction<String> revisions;
  private final Clock clock;
  private final byte[] salt = new byte[32];
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  RememberedCredentials(
      AuthenticationProvider checker, ToLongFunction<String> revisions, Clock clock) {
    this.checker = checker;
    this.revisions = revisions;
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  private record Remembered(
      String username, Authentication authentication, Instant until, long revision) {}

  /** Forgets every remembered sign-in of this user, so the next request checks the hash again. */
  void forget(String username) {
    remembered.values().removeIf(entry -> entry.username().equals(username));
  }

  @Override
  public Authentication authenticate(Authentication request) {
    if (!(request.getCredentials() instanceof String password)) {
      return checker.authenticate(request);
    }
    String key = key(request.getName(), password);
    Instant now = clock.instant();
    Remembered known = remembered.get(key);
    long revision = revisions.applyAsLong(request.getName());
    if (known != null && now.isBefore(known.until()) && known.revision() == revision) {
      return known.authentication();
    }
    Authentication result = checker.authenticate(request);
    if (result != null && result.isAuthenticated()) {
      if (remembered.size() >= MAX_ENTRIES) {
        remembered.clear();
      }
      remembered.put(
          key, new Remembered(request.getName(), result, now.plus(REMEMBER_FOR), revision));
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private String key(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
