package io.github.bisnodeclient.micrometer;

import io.github.bisnodeclient.runtime.BisnodeListener;
import io.github.bisnodeclient.runtime.CallContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Observes a client's calls through Micrometer's Observation API, for tracing (and, with a meter
 * handler on the registry, for timers):
 *
 * <ul>
 *   <li>{@code bisnode.client.requests}: one observation per call, from its start to its end across
 *       retries and asynchronous stages, with the low-cardinality keys of {@link BisnodeMetrics}'s
 *       timer of that name: {@code api}, {@code method}, {@code uri}, {@code status}, {@code
 *       outcome}, {@code exception}. Its context is a {@link CallObservationContext}, a sender
 *       context, so that a tracer configured with a propagator puts its headers (the W3C {@code
 *       traceparent}) on each of the call's requests;
 *   <li>{@code bisnode.token.wait}: a child of the call's observation while the call waits for a
 *       token request, keys {@code scope}, {@code outcome} and {@code error} (the OAuth2 error
 *       code, or {@code none}).
 * </ul>
 *
 * <p>A failed call's observation gets an error that names the exception's class and nothing else:
 * an exception's message may quote what a server answered, and tracers export it.
 *
 * <pre>{@code
 * BisnodeClient client =
 *     BisnodeClient.builder().listener(BisnodeObservations.listener(observationRegistry)).build();
 * }</pre>
 */
public final class BisnodeObservations implements BisnodeListener {
  /** Keys of this listener's state in each call's context. */
  private final Object callKey = new Object();

  private final Object waitKey = new Object();
  private final ObservationRegistry registry;

  private BisnodeObservations(ObservationRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * A listener that observes calls and token waits in {@code registry}.
   *
   * @param registry the observation registry; with a no-op registry calls cost next to nothing
   * @return the listener, for {@code BisnodeClient.Builder.listener(...)}
   */
  public static BisnodeObservations listener(ObservationRegistry registry) {
    return new BisnodeObservations(registry);
  }

  @Override
  public void onCallStart(CallContext call) {
    if (registry.isNoop()) {
      return;
    }
    CallObservationContext context = new CallObservationContext(call);
    Observation observation =
        Observation.createNotStarted(null, Conventions.CALL, () -> context, registry).start();
    call.attach(callKey, observation);
  }

  @Override
  public void onCall(CallEvent event) {
    CallContext call = event.call();
    Observation wait = observation(call, waitKey);
    if (wait != null) {
      wait.stop();
    }
    Observation observation = observation(call, callKey);
    if (observation == null) {
      return;
    }
    if (observation.getContext() instanceof CallObservationContext context) {
      context.setResponse(event);
    }
    Throwable failure = event.failure();
    if (failure != null) {
      observation.error(new RedactedFailure(failure));
    }
    observation.stop();
  }

  @Override
  public void onTokenWait(CallContext call) {
    Observation parent = observation(call, callKey);
    if (parent == null) {
      return;
    }
    TokenWaitContext context = new TokenWaitContext(call);
    Observation wait =
        Observation.createNotStarted(null, Conventions.TOKEN_WAIT, () -> context, registry)
            .parentObservation(parent)
            .start();
    call.attach(waitKey, wait);
  }

  @Override
  public void onTokenWaitEnd(CallContext call, @Nullable Throwable failure) {
    Observation wait = observation(call, waitKey);
    if (wait == null) {
      return;
    }
    call.attach(waitKey, Observation.NOOP);
    if (wait.getContext() instanceof TokenWaitContext context) {
      context.failed(failure);
    }
    if (failure != null) {
      wait.error(new RedactedFailure(failure));
    }
    wait.stop();
  }

  private static @Nullable Observation observation(CallContext call, Object key) {
    Object kept = call.attachment(key);
    return kept instanceof Observation observation && !observation.isNoop() ? observation : null;
  }

  /** A failure as observations carry it: its class's name, no message, no cause, no stack. */
  static final class RedactedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedactedFailure(Throwable failure) {
      super(Names.exception(failure), null, false, false);
    }
  }
}
