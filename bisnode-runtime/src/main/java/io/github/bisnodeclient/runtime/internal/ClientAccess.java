package io.github.bisnodeclient.runtime.internal;

import io.github.bisnodeclient.runtime.BisnodeClient;
import org.jspecify.annotations.Nullable;

/**
 * The one way from generated code into a {@link BisnodeClient}: the client installs it when its
 * class is initialised, so that binding an interface needs nothing public on the client beyond what
 * applications call.
 */
public abstract class ClientAccess {
  private static volatile @Nullable ClientAccess installed;

  /** For {@link BisnodeClient} alone. */
  protected ClientAccess() {}

  /**
   * Installs the client's access; only the first call counts.
   *
   * @param access the access
   * @throws IllegalStateException if an access is installed already
   */
  public static synchronized void install(ClientAccess access) {
    if (installed != null) {
      throw new IllegalStateException("client access is installed already");
    }
    installed = access;
  }

  static ApiTarget target(BisnodeClient client, Class<?> api, String baseUrl, String scope) {
    ClientAccess access = installed;
    if (access == null) {
      // Unreachable: a BisnodeClient exists, so its class initialiser has run.
      throw new IllegalStateException("BisnodeClient is not initialised");
    }
    return access.bind(client, api, baseUrl, scope);
  }

  /**
   * Binds an API interface to a client.
   *
   * @param client the client
   * @param api the annotated interface
   * @param baseUrl the base URL from its {@code @BisnodeApi}
   * @param scope the OAuth2 scope from its {@code @BisnodeApi}
   * @return the binding
   */
  protected abstract ApiTarget bind(
      BisnodeClient client, Class<?> api, String baseUrl, String scope);
}
