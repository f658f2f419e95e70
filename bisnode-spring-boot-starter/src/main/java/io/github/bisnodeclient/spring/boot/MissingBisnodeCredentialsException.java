package io.github.bisnodeclient.spring.boot;

import java.util.List;

/**
 * Thrown at start-up when the {@code bisnode.*} properties lack the client id or secret; Spring
 * Boot reports it as a failure to start that names the missing properties and how to set them.
 */
public class MissingBisnodeCredentialsException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The properties that are missing, such as {@code bisnode.client-id}. */
  @SuppressWarnings("serial") // an immutable List.copyOf
  private final List<String> missing;

  /**
   * Creates the exception.
   *
   * @param missing the names of the missing properties
   */
  public MissingBisnodeCredentialsException(List<String> missing) {
    super(
        "No Bisnode credentials: "
            + String.join(" and ", missing)
            + (missing.size() == 1 ? " is" : " are")
            + " not set");
    this.missing = List.copyOf(missing);
  }

  /**
   * The properties that are missing.
   *
   * @return their names, such as {@code bisnode.client-id}
   */
  public List<String> missing() {
    return missing;
  }
}
