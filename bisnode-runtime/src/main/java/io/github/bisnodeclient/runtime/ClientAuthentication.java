package io.github.bisnodeclient.runtime;

/** How the client id and secret reach the token endpoint. */
public enum ClientAuthentication {
  /**
   * HTTP Basic with {@code base64(id:secret)}, the parts sent as they are, as {@code curl -u} and
   * Bisnode's own example send them. The default.
   */
  BASIC,
  /**
   * HTTP Basic with the id and secret each form-encoded first, as RFC 6749 §2.3.1 asks. Differs
   * from {@link #BASIC} only for ids or secrets with characters outside letters and digits.
   */
  BASIC_FORM_ENCODED,
  /** {@code client_id} and {@code client_secret} as form fields in the request body. */
  CLIENT_SECRET_POST
}
