/**
 * Micrometer meters and observations of every Bisnode call and token request: {@link
 * io.github.bisnodeclient.micrometer.BisnodeMetrics} for a {@code MeterRegistry}, {@link
 * io.github.bisnodeclient.micrometer.BisnodeObservations} for an {@code ObservationRegistry} (and
 * through it a tracer). Every tag and key is low-cardinality: the interface, the HTTP method, the
 * path template, the status, the outcome, the exception's class, the scope and the OAuth2 error
 * code; never a path value, a query value, a body, a token or a secret.
 *
 * <p>Nothing in this package returns or accepts null unless it is marked {@link
 * org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.bisnodeclient.micrometer;

import org.jspecify.annotations.NullMarked;
