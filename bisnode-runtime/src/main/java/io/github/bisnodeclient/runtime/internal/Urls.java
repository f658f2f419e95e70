package io.github.bisnodeclient.runtime.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks on the token and base URLs a client is configured with. */
public final class Urls {
  private Urls() {}

  /** An absolute https URL, or http on a loopback host; without query or fragment. */
  /**
   * Checks a token or base URL.
   *
   * @param url the URL
   * @param what what it is, for the message
   * @return the URL as given
   * @throws IllegalArgumentException if it is not an absolute https URL, or http on a loopback
   *     host, without query, fragment or user info
   */
  public static String checkAbsolute(String url, String what) {
    if (url == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " is not a valid URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(what + " must be an absolute http(s) URL: " + url);
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException(
          what + " must use https (http is allowed on loopback addresses only): " + url);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          what + " must not have a query, fragment or user info: " + uri.getHost());
    }
    return url;
  }

  /** A proxy: {@code http://host:port}, nothing else. */
  /**
   * Checks a proxy URL.
   *
   * @param url the URL
   * @return the URL as given
   * @throws IllegalArgumentException unless it is {@code http://host:port}
   */
  public static String checkProxy(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("proxy is not a valid URL: " + url, e);
    }
    String path = uri.getRawPath();
    if (!"http".equalsIgnoreCase(uri.getScheme())
        || uri.getHost() == null
        || uri.getPort() < 0
        || (path != null && !path.isEmpty() && !path.equals("/"))
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "proxy must be http://host:port, without path or credentials: " + uri.getHost());
    }
    return url;
  }

  /**
   * Checks a base URL as {@link #checkAbsolute} does.
   *
   * @param url the URL
   * @return the URL without a trailing slash
   * @throws IllegalArgumentException as {@link #checkAbsolute} does
   */
  public static String checkBaseUrl(String url) {
    String checked = checkAbsolute(url, "base URL");
    return checked.endsWith("/") ? checked.substring(0, checked.length() - 1) : checked;
  }

  /**
   * Checks an API host as {@link #checkAbsolute} does, with no path but {@code /}.
   *
   * @param url the scheme, host and port
   * @return the URL without a trailing slash
   * @throws IllegalArgumentException if it has a path, or fails {@link #checkAbsolute}
   */
  public static String checkHost(String url) {
    String checked = checkAbsolute(url, "API host");
    String path = URI.create(checked).getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      throw new IllegalArgumentException(
          "API host must be scheme, host and port only, without a path: " + url);
    }
    return checked.endsWith("/") ? checked.substring(0, checked.length() - 1) : checked;
  }

  /**
   * A base URL moved to another host.
   *
   * @param baseUrl the interface's own base URL
   * @param host a checked API host
   * @return {@code baseUrl}'s path (and nothing else of it) under {@code host}
   */
  public static String withHost(String baseUrl, String host) {
    String path = URI.create(baseUrl).getRawPath();
    return host + (path == null ? "" : path);
  }

  /** localhost, an IPv4 address in 127.0.0.0/8 (not a name such as 127.example.com), or ::1. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || LOOPBACK_V4.matcher(h).matches()
        || h.equals("[::1]")
        || h.equals("::1");
  }

  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");
}
