package io.github.bisnodeclient.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/** The access tokens issued so far, with their scopes, expiry and revocation. */
final class TokenStore {
  /** A token as the sandbox remembers it. */
  record IssuedToken(
      String value, String clientId, Set<String> scopes, Instant expiresAt, boolean revoked) {
    @Override
    public String toString() {
      return "IssuedToken[clientId=" + clientId + ", scopes=" + scopes + ", value=<redacted>]";
    }
  }

  /** What a presented token turned out to be. */
  enum Verdict {
    VALID,
    UNKNOWN,
    EXPIRED,
    REVOKED
  }

  /** Past this many tokens, expired ones are forgotten (they then count as unknown). */
  private static final int PURGE_ABOVE = 50_000;

  private final SecureRandom random = new SecureRandom();
  private final ConcurrentMap<String, IssuedToken> tokens = new ConcurrentHashMap<>();

  IssuedToken issue(String clientId, Set<String> scopes, Duration lifetime, Instant now) {
    if (tokens.size() > PURGE_ABOVE) {
      tokens.values().removeIf(token -> !now.isBefore(token.expiresAt()));
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    IssuedToken token = new IssuedToken(value, clientId, scopes, now.plus(lifetime), false);
    tokens.put(value, token);
    return token;
  }

  @Nullable IssuedToken find(String value) {
    return tokens.get(value);
  }

  Verdict check(@Nullable IssuedToken token, Instant now) {
    if (token == null) {
      return Verdict.UNKNOWN;
    }
    if (token.revoked()) {
      return Verdict.REVOKED;
    }
    return now.isBefore(token.expiresAt()) ? Verdict.VALID : Verdict.EXPIRED;
  }

  /** Revokes every token issued so far; later tokens are unaffected. */
  void revokeAll() {
    tokens.replaceAll(
        (value, token) ->
            new IssuedToken(value, token.clientId(), token.scopes(), token.expiresAt(), true));
  }

  int size() {
    return tokens.size();
  }
}
