package io.github.bisnodeclient.runtime.internal;

import java.util.concurrent.CompletionException;

/** How failures are put into words in this library's messages, and taken out of wrappers. */
public final class Failures {
  private Failures() {}

  /**
   * Describes a failure, such as {@code SocketTimeoutException: Read timed out}.
   *
   * @param e the failure
   * @return its simple class name and message
   */
  public static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * The failure inside a {@code CompletionException}, or the failure itself.
   *
   * @param failure what a future failed with
   * @return the cause a caller should see
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable cause = failure.getCause();
    return failure instanceof CompletionException && cause != null ? cause : failure;
  }
}
