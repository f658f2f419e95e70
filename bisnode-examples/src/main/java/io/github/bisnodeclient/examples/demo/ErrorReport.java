package io.github.bisnodeclient.examples.demo;

import com.google.gson.JsonParseException;
import io.github.bisnodeclient.runtime.BisnodeApiException;
import io.github.bisnodeclient.runtime.BisnodeAuthException;
import io.github.bisnodeclient.runtime.BisnodeError;
import io.github.bisnodeclient.runtime.BisnodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one clear line and an exit code by kind of problem, whichever layer reported
 * it (a scope refused at the token endpoint and one refused by the API are both a missing scope);
 * stack traces only with {@code --verbose}.
 */
final class ErrorReport implements IExecutionExceptionHandler {
  static final int INVALID_REQUEST = 2;
  static final int AUTHENTICATION = 3;
  static final int MISSING_SCOPE = 4;
  static final int UNREACHABLE = 5;
  static final int API_ERROR = 6;
  static final int USAGE = 64;

  private static final Pattern SCOPE = Pattern.compile("scope=\"([^\"]*)\"");

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getErr().println(describe(exception));
    if (commandLine.getParseResult().hasMatchedOption("--verbose")) {
      exception.printStackTrace(commandLine.getErr());
    }
    return exitCode(exception);
  }

  static String describe(Exception e) {
    if (isUnreachable(e)) {
      return "Cannot reach Bisnode: " + e.getMessage() + ".";
    }
    if (e instanceof BisnodeAuthException auth) {
      return describeAuth(auth);
    }
    if (e instanceof BisnodeApiException api) {
      return describeApi(api);
    }
    if (e instanceof BisnodeException) {
      return "Call failed: " + e.getMessage();
    }
    if (e instanceof IllegalArgumentException) {
      return "Invalid arguments: " + e.getMessage();
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  static int exitCode(Exception e) {
    if (isUnreachable(e)) {
      return UNREACHABLE;
    }
    if (e instanceof BisnodeAuthException auth) {
      return auth.error().filter("invalid_scope"::equals).isPresent()
          ? MISSING_SCOPE
          : AUTHENTICATION;
    }
    if (e instanceof BisnodeApiException api) {
      return api.status() == 403
          ? MISSING_SCOPE
          : api.status() == 400 ? INVALID_REQUEST : API_ERROR;
    }
    if (e instanceof BisnodeException) {
      return API_ERROR;
    }
    return e instanceof IllegalArgumentException ? USAGE : 1;
  }

  private static String describeAuth(BisnodeAuthException auth) {
    String code = auth.error().orElse("");
    String hint =
        switch (code) {
          case "invalid_client" -> " Check BISNODE_CLIENT_ID and BISNODE_CLIENT_SECRET.";
          case "invalid_scope" ->
              " Your client may not use this API's scope; ask Bisnode to add it.";
          case "unauthorized_client" ->
              " Your client may not use the client-credentials grant; ask Bisnode.";
          default -> "";
        };
    String kind = code.equals("invalid_scope") ? "Missing scope: " : "Authentication failed: ";
    return kind + auth.getMessage() + "." + hint;
  }

  private static String describeApi(BisnodeApiException api) {
    String call = api.verb() + " " + api.path();
    if (api.status() == 403) {
      return "Missing scope: "
          + call
          + " answered HTTP 403: the token lacks the scope "
          + requiredScope(api)
          + "; ask Bisnode to add it to your client.";
    }
    if (api.status() == 400 && api.error().isPresent()) {
      BisnodeError error = api.error().get();
      StringBuilder line = new StringBuilder("Invalid request: ").append(error.message());
      for (BisnodeError.SubError sub : error.subErrors()) {
        line.append("; ").append(sub.field()).append(": ").append(sub.message());
        if (sub.rejectedValue() != null) {
          line.append(" (sent ").append(text(sub.rejectedValue())).append(')');
        }
      }
      return line.toString();
    }
    return "Bisnode refused the call: " + api.getMessage();
  }

  /** The scope named in the 403's {@code WWW-Authenticate} challenge, as Bisnode names it. */
  private static String requiredScope(BisnodeApiException api) {
    for (String challenge : api.headers().getOrDefault("www-authenticate", List.of())) {
      Matcher scope = SCOPE.matcher(challenge);
      if (scope.find()) {
        return "'" + scope.group(1) + "'";
      }
    }
    return "it needs";
  }

  /** Gson reads every JSON number as a double: show 500, not 500.0. */
  private static String text(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  /**
   * No answer at all: an I/O failure caused it, wherever the runtime wrapped it. A body that is not
   * JSON also has one ({@code MalformedJsonException}) under Gson's exception: that is an answer.
   */
  private static boolean isUnreachable(Exception e) {
    if (!(e instanceof BisnodeException)
        || (e instanceof BisnodeAuthException auth && auth.status() != 0)) {
      return false;
    }
    for (Throwable cause = e.getCause();
        cause != null && !(cause instanceof JsonParseException);
        cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }
}
