package io.github.bisnodeclient.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link MissingBisnodeCredentialsException} into Spring Boot's "APPLICATION FAILED TO START"
 * report, as Boot does for a missing datasource URL.
 */
final class MissingBisnodeCredentialsFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingBisnodeCredentialsException> {

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, MissingBisnodeCredentialsException cause) {
    String names = String.join(" and ", cause.missing());
    String description =
        "Failed to configure the Bisnode client: "
            + names
            + (cause.missing().size() == 1 ? " is" : " are")
            + " not set.";
    String action =
        "Set "
            + names
            + " (for instance as the environment variables BISNODE_CLIENT_ID and"
            + " BISNODE_CLIENT_SECRET) to the client id and secret Bisnode issued, or set"
            + " bisnode.enabled=false to start without the Bisnode client.";
    return new FailureAnalysis(description, action, cause);
  }
}
