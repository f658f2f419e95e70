package io.github.bisnodeclient.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Bisnode's OAuth2 token endpoint ({@code /as/token.oauth2}, a PingFederate): the
 * client-credentials grant with HTTP Basic or {@code client_secret_post} client authentication.
 */
final class TokenEndpoint {
  static final List<String> PATHS = List.of("/as/token.oauth2", "/sandbox/v1/token.oauth2");

  /** RFC 6749 §5.2 errors, thrown inside and answered as OAuth2 JSON. */
  private static final class OAuthError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String error;

    OAuthError(int status, String error, String description) {
      super(description, null, false, false);
      this.status = status;
      this.error = error;
    }
  }

  private final Map<String, RegisteredClient> clients;
  private final Set<String> knownScopes;
  private final TokenStore tokens;
  private final SandboxFaults faults;
  private final SandboxClock clock;
  private final Duration defaultLifetime;

  TokenEndpoint(
      Map<String, RegisteredClient> clients,
      Set<String> knownScopes,
      TokenStore tokens,
      SandboxFaults faults,
      SandboxClock clock,
      Duration defaultLifetime) {
    this.clients = Map.copyOf(clients);
    this.knownScopes = Set.copyOf(knownScopes);
    this.tokens = tokens;
    this.faults = faults;
    this.clock = clock;
    this.defaultLifetime = defaultLifetime;
  }

  static boolean isTokenPath(String path) {
    return PATHS.contains(path);
  }

  SandboxResponse handle(SandboxRequest request) {
    try {
      return noStore(issue(request));
    } catch (OAuthError e) {
      SandboxResponse response =
          SandboxResponse.json(e.status, ErrorBodies.oauth(e.error, e.getMessage()));
      if (e.status == 401) {
        response = response.withHeader("WWW-Authenticate", "Basic realm=\"bisnode\"");
      }
      if (e.status == 405) {
        response = response.withHeader("Allow", "POST");
      }
      return noStore(response);
    }
  }

  /** The canned answer of a {@link SandboxFaults} token failure. */
  static SandboxResponse failure(SandboxFaults.TokenFailure failure) {
    SandboxResponse response =
        failure.error() == null
            ? SandboxResponse.empty(failure.status())
            : SandboxResponse.json(
                failure.status(), ErrorBodies.oauth(failure.error(), failure.description()));
    if (failure.status() == 401) {
      response = response.withHeader("WWW-Authenticate", "Basic realm=\"bisnode\"");
    }
    return noStore(response);
  }

  private static SandboxResponse noStore(SandboxResponse response) {
    return response.withHeaders(Map.of("Cache-Control", "no-store", "Pragma", "no-cache"));
  }

  private SandboxResponse issue(SandboxRequest request) {
    if (!request.method().equals("POST")) {
      throw new OAuthError(405, "invalid_request", "The token endpoint only accepts POST");
    }
    String contentType = request.header("Content-Type");
    if (contentType == null
        || !contentType
            .split(";", 2)[0]
            .trim()
            .equalsIgnoreCase("application/x-www-form-urlencoded")) {
      throw new OAuthError(
          400,
          "invalid_request",
          "Content-Type must be application/x-www-form-urlencoded, not " + contentType);
    }
    Map<String, List<String>> form;
    try {
      form = SandboxRequest.decodeForm(new String(request.body(), StandardCharsets.UTF_8));
    } catch (ApiError e) {
      throw new OAuthError(400, "invalid_request", e.getMessage());
    }
    for (Map.Entry<String, List<String>> param : form.entrySet()) {
      if (param.getValue().size() > 1) {
        throw new OAuthError(
            400, "invalid_request", "Parameter " + param.getKey() + " was sent more than once");
      }
    }
    String grantType = single(form, "grant_type");
    if (grantType == null || grantType.isEmpty()) {
      throw new OAuthError(400, "invalid_request", "Missing grant_type parameter");
    }
    RegisteredClient client = authenticate(request.header("Authorization"), form);
    if (!grantType.equals("client_credentials")) {
      throw new OAuthError(400, "unsupported_grant_type", "unsupported grant type: " + grantType);
    }
    if (!client.clientCredentialsAllowed()) {
      throw new OAuthError(
          400, "unauthorized_client", "grant_type is not allowed: client_credentials");
    }
    Set<String> scopes = scopes(single(form, "scope"), client);
    Duration override = faults.tokenLifetime();
    Duration lifetime = override == null ? defaultLifetime : override;
    TokenStore.IssuedToken token = tokens.issue(client.id(), scopes, lifetime, clock.now());

    Json body =
        Json.object()
            .put("access_token", token.value())
            .put("token_type", faults.lowercaseTokenType() ? "bearer" : "Bearer");
    if (!faults.omitExpiresIn()) {
      long seconds = lifetime.toSeconds();
      if (faults.expiresInAsString()) {
        body.put("expires_in", Long.toString(seconds));
      } else {
        body.put("expires_in", seconds);
      }
    }
    if (!scopes.isEmpty()) {
      body.put("scope", String.join(" ", scopes));
    }
    return SandboxResponse.json(200, body.build());
  }

  /** Basic (raw as curl -u sends it, or form-encoded per RFC 6749 §2.3.1) or the form body. */
  private RegisteredClient authenticate(
      @Nullable String authorization, Map<String, List<String>> form) {
    String bodyId = single(form, "client_id");
    String bodySecret = single(form, "client_secret");
    if (authorization != null && (bodyId != null || bodySecret != null)) {
      throw new OAuthError(
          400, "invalid_request", "Use one client authentication method, not Basic and the body");
    }
    if (authorization != null) {
      return basic(authorization);
    }
    if (bodyId == null) {
      throw new OAuthError(401, "invalid_client", "Client authentication is required");
    }
    return check(bodyId, bodySecret);
  }

  private RegisteredClient basic(String authorization) {
    String[] parts = authorization.trim().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Basic")) {
      throw new OAuthError(
          401, "invalid_client", "Client authentication must use the Basic scheme");
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new OAuthError(401, "invalid_client", "The Basic credentials are not valid base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new OAuthError(401, "invalid_client", "The Basic credentials have no ':'");
    }
    String id = decoded.substring(0, colon);
    String secret = decoded.substring(colon + 1);
    RegisteredClient raw = clients.get(id);
    if (raw != null && raw.secret().equals(secret)) {
      return raw;
    }
    try {
      return check(
          URLDecoder.decode(id, StandardCharsets.UTF_8),
          URLDecoder.decode(secret, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw invalidClient();
    }
  }

  private RegisteredClient check(String id, @Nullable String secret) {
    RegisteredClient client = clients.get(id);
    if (client == null || secret == null || !client.secret().equals(secret)) {
      throw invalidClient();
    }
    return client;
  }

  private static OAuthError invalidClient() {
    return new OAuthError(401, "invalid_client", "Invalid client or Invalid client credentials");
  }

  private Set<String> scopes(@Nullable String requested, RegisteredClient client) {
    Set<String> scopes = new TreeSet<>();
    if (requested != null && !requested.isBlank()) {
      scopes.addAll(Arrays.asList(requested.trim().split("\\s+")));
    }
    Set<String> refused = new LinkedHashSet<>();
    for (String scope : scopes) {
      if (!knownScopes.contains(scope) || !client.scopes().contains(scope)) {
        refused.add(scope);
      }
    }
    if (!refused.isEmpty()) {
      throw new OAuthError(
          400,
          "invalid_scope",
          "The requested scope(s) must be blank or a subset of the provided scopes; refused: "
              + String.join(" ", refused));
    }
    return scopes;
  }

  private static @Nullable String single(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null ? null : values.get(0);
  }
}
