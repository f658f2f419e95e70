package io.github.bisnodeclient.sandbox;

import java.util.Set;

/**
 * An OAuth2 client the token endpoint knows.
 *
 * @param id the client id
 * @param secret the client secret
 * @param scopes the scopes it may request
 * @param clientCredentialsAllowed whether it may use the client-credentials grant at all; a client
 *     that may not gets {@code unauthorized_client}
 */
record RegisteredClient(
    String id, String secret, Set<String> scopes, boolean clientCredentialsAllowed) {
  RegisteredClient {
    scopes = Set.copyOf(scopes);
  }

  @Override
  public String toString() {
    return "RegisteredClient[id=" + id + ", scopes=" + scopes + ", secret=<redacted>]";
  }
}
