/**
 * What generated Bisnode clients call, and what applications configure: {@link
 * io.github.bisnodeclient.runtime.BisnodeClient} with its builder, the OAuth2 {@link
 * io.github.bisnodeclient.runtime.TokenCache}, {@link
 * io.github.bisnodeclient.runtime.BisnodeResponse} and the exceptions a call throws.
 *
 * <p>Nothing in this package returns or accepts null unless it is marked {@link
 * org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.bisnodeclient.runtime;

import org.jspecify.annotations.NullMarked;
