package io.github.bisnodeclient.runtime.internal;

import org.apache.hc.core5.http.Header;

/**
 * A header whose value is a credential. HttpClient writes {@link #getValue()} to the wire but logs
 * headers through {@link #toString()}, which never shows the value, so even a user's DEBUG logging
 * of {@code org.apache.hc.client5.http.headers} prints no token or secret.
 */
public final class SecretHeader implements Header {
  private final String name;
  private final String scheme;
  private final String value;

  /**
   * A credential header.
   *
   * @param name the header name, such as {@code Authorization}
   * @param scheme the part that may be shown, such as {@code Bearer}
   * @param credential the secret part
   */
  public SecretHeader(String name, String scheme, String credential) {
    this.name = name;
    this.scheme = scheme;
    this.value = scheme + " " + credential;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getValue() {
    return value;
  }

  @Override
  public boolean isSensitive() {
    return true;
  }

  @Override
  public String toString() {
    return name + ": " + scheme + " <redacted>";
  }
}
