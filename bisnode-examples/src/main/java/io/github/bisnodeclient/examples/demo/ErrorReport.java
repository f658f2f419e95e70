package io.github.bisnodeclient.examples.demo;

import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeError;
import io.github.bisnodeclient.runtime.BisnodeException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one clear line and an exit code; stack traces only with --verbose. */
final class ErrorReport implements IExecutionExceptionHandler {
  static final int INVALID_REQUEST = 2;
  static final int AUTHENTICATION = 3;
  static final int FORBIDDEN = 4;
  static final int UNREACHABLE = 5;
  static final int API_ERROR = 6;
  static final int USAGE = 64;

  static volatile boolean verbose;

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getErr().println(describe(exception));
    if (verbose) {
      exception.printStackTrace(commandLine.getErr());
    }
    return exitCode(exception);
  }

  static String describe(Exception e) {
    if (e instanceof BisnodeAuthException auth) {
      String hint =
          auth.error().map(code -> code.equals("invalid_client")).orElse(false)
              ? " Check BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET."
              : auth.error().map(code -> code.equals("invalid_scope")).orElse(false)
                  ? " Your client is not allowed this scope; ask Bisnode to add it."
                  : "";
      return "Authentication failed: " + auth.getMessage() + "." + hint;
    }
    if (e instanceof BisnodeApiException api) {
      if (api.status() == 403) {
        return "Access denied (HTTP 403) to "
            + api.verb()
            + " "
            + api.path()
            + ": the token lacks this API's scope."
            + api.error().map(error -> " " + error.message()).orElse("");
      }
      if (api.status() == 400 && api.error().isPresent()) {
        BisnodeError error = api.error().get();
        StringBuilder line = new StringBuilder("Invalid request: ").append(error.message());
        for (BisnodeError.SubError sub : error.subErrors()) {
          line.append("; ").append(sub.field()).append(' ').append(sub.message());
        }
        return line.toString();
      }
      return "Bisnode answered an error: " + api.getMessage();
    }
    if (e instanceof BisnodeException) {
      return "Call failed: " + e.getMessage();
    }
    if (e instanceof IllegalArgumentException) {
      return "Invalid arguments: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  static int exitCode(Exception e) {
    if (e instanceof BisnodeAuthException) {
      return AUTHENTICATION;
    }
    if (e instanceof BisnodeApiException api) {
      return api.status() == 403 ? FORBIDDEN : api.status() == 400 ? INVALID_REQUEST : API_ERROR;
    }
    if (e instanceof BisnodeException) {
      return UNREACHABLE;
    }
    return e instanceof IllegalArgumentException ? USAGE : 1;
  }
}
