package io.github.bisnodeclient.runtime;

import io.github.bisnodeclient.runtime.internal.Headers;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One API call as a {@link BisnodeListener} follows it, from {@link
 * BisnodeListener#onCallStart(CallContext)} to {@link
 * BisnodeListener#onCall(BisnodeListener.CallEvent)}, across its retries and asynchronous stages:
 * the same object at every event of the call.
 *
 * <p>It describes the call by low-cardinality names only, fit for metric tags and span attributes:
 * the interface, the method, the HTTP verb, the path template and the scope; never a path value, a
 * query value, a body or a token. A listener may keep its own state for the call in it ({@link
 * #attach}) and may add headers to the call's requests ({@link #header}), as a tracer does to
 * propagate its context. A client creates call contexts only when it has a listener.
 */
public final class CallContext {
  private final BisnodeListener listener;
  private final String api;
  private final String method;
  private final String verb;
  private final String path;
  private final String scope;
  private volatile int attempts;

  /** Headers the listener added, name and value; null until it adds one. */
  private @Nullable List<String[]> headers;

  /** The listener's state: keys and values, alternating; null until it attaches something. */
  private @Nullable List<Object> attachments;

  CallContext(
      BisnodeListener listener, String api, String method, String verb, String path, String scope) {
    this.listener = listener;
    this.api = api;
    this.method = method;
    this.verb = verb;
    this.path = path;
    this.scope = scope;
  }

  /**
   * The API interface's simple name.
   *
   * @return the name, such as {@code PersonSearchApi}
   */
  public String api() {
    return api;
  }

  /**
   * The interface method.
   *
   * @return the method, as {@code Interface.method}
   */
  public String method() {
    return method;
  }

  /**
   * The HTTP method.
   *
   * @return the verb, such as {@code GET}
   */
  public String verb() {
    return verb;
  }

  /**
   * The path template, with its placeholders unfilled.
   *
   * @return the template, such as {@code /persons/{gedi}}
   */
  public String path() {
    return path;
  }

  /**
   * The OAuth2 scope of the API's token.
   *
   * @return the scope, its parts sorted and separated by single spaces
   */
  public String scope() {
    return scope;
  }

  /**
   * How many requests the call has started so far: 0 before the first, more than 1 after a retry or
   * a replay with a new token.
   *
   * @return the number of attempts so far
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Adds a header to every request of this call sent from now on, such as the W3C {@code
   * traceparent} a tracer propagates. A header of the same name that the call or its method sets
   * itself wins, and {@code Authorization} is the client's own.
   *
   * @param name the header name, an HTTP token
   * @param value the header value, without CR or LF
   * @throws IllegalArgumentException if the name is not an HTTP token, the value contains CR or LF,
   *     or the name is {@code Authorization}
   */
  public synchronized void header(String name, String value) {
    Headers.check(name, value);
    if (name.equalsIgnoreCase("Authorization")) {
      throw new IllegalArgumentException("the Authorization header is the client's own");
    }
    List<String[]> all = headers;
    if (all == null) {
      all = new ArrayList<>(2);
      headers = all;
    }
    all.add(new String[] {name, value});
  }

  /**
   * Keeps a value for this call under {@code key}, replacing an earlier one: a listener's own state
   * between the events of a call, such as its timer sample or its span.
   *
   * @param key the key, compared by identity; a listener's own constant
   * @param value the value
   */
  public synchronized void attach(Object key, Object value) {
    List<Object> all = attachments;
    if (all == null) {
      all = new ArrayList<>(2);
      attachments = all;
    }
    for (int i = 0; i < all.size(); i += 2) {
      if (all.get(i) == key) {
        all.set(i + 1, value);
        return;
      }
    }
    all.add(key);
    all.add(value);
  }

  /**
   * The value kept under {@code key}.
   *
   * @param key the key given to {@link #attach}
   * @return the value, or null if none was attached
   */
  public synchronized @Nullable Object attachment(Object key) {
    List<Object> all = attachments;
    if (all != null) {
      for (int i = 0; i < all.size(); i += 2) {
        if (all.get(i) == key) {
          return all.get(i + 1);
        }
      }
    }
    return null;
  }

  /** The headers the listener added; empty if none. */
  synchronized List<String[]> headers() {
    List<String[]> all = headers;
    return all == null ? List.of() : List.copyOf(all);
  }

  void attempted(int count) {
    attempts = count;
  }

  /** The call starts waiting for a token request. */
  void tokenWaitStarted() {
    try {
      listener.onTokenWait(this);
    } catch (RuntimeException e) {
      // A listener's failure is its own; the call goes on.
    }
  }

  /** The call's wait for a token request ended. */
  void tokenWaitEnded(@Nullable Throwable failure) {
    try {
      listener.onTokenWaitEnd(this, failure);
    } catch (RuntimeException e) {
      // A listener's failure is its own; the call goes on.
    }
  }

  void started() {
    try {
      listener.onCallStart(this);
    } catch (RuntimeException e) {
      // A listener's failure is its own; the call goes on.
    }
  }

  @Override
  public String toString() {
    return "CallContext[" + verb + " " + path + " (" + method + "), attempts=" + attempts + "]";
  }
}
