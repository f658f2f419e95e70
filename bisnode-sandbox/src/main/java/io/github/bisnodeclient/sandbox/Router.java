package io.github.bisnodeclient.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds the API operation for a method and path. Every operation is served under its API's real
 * base path only, as at Bisnode: a client with a wrong base path gets a 404 here too.
 */
final class Router {
  /** One operation at one path template, such as {@code /markets/{market}/persons/_find}. */
  record Route(String method, List<String> segments, String scope, Handler handler) {}

  /** The operation found, with the values of its path placeholders. */
  record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();
  private final List<String> served = new ArrayList<>();

  /** Registers an operation under {@code basePath + path}. */
  Router add(String basePath, String method, String path, String scope, Handler handler) {
    routes.add(new Route(method, split(basePath + path), scope, handler));
    served.add(method + " " + basePath + path);
    return this;
  }

  /** Every operation, as {@code METHOD /base/path/template}, in the order registered. */
  List<String> served() {
    return List.copyOf(served);
  }

  /**
   * The operation for a request.
   *
   * @throws ApiError 404 when no operation has this path, 405 (with {@code Allow}) when some do but
   *     not with this method
   */
  Match find(String method, String path) {
    List<String> segments = split(path);
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> params = match(route.segments(), segments);
      if (params == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match(route, params);
      }
      allowed.add(route.method());
    }
    if (allowed.isEmpty()) {
      throw new ApiError(
          404,
          "No endpoint "
              + method
              + " "
              + path
              + "; the sandbox serves "
              + String.join(", ", served));
    }
    throw new ApiError(
        405,
        "Request method '" + method + "' is not supported; use " + String.join(", ", allowed),
        List.of(),
        Map.of("Allow", String.join(", ", allowed)));
  }

  private static @Nullable Map<String, String> match(List<String> template, List<String> path) {
    if (template.size() != path.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String part = template.get(i);
      if (part.startsWith("{") && part.endsWith("}")) {
        if (path.get(i).isEmpty()) {
          return null;
        }
        params.put(part.substring(1, part.length() - 1), path.get(i));
      } else if (!part.equals(path.get(i))) {
        return null;
      }
    }
    return params;
  }

  private static List<String> split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return List.of(trimmed.split("/", -1));
  }
}
