/**
 * The annotations that declare a Bisnode API as a Java interface: {@link
 * io.github.bisnodeclient.annotations.BisnodeApi} on the interface, {@link
 * io.github.bisnodeclient.annotations.Get}, {@link io.github.bisnodeclient.annotations.Post},
 * {@link io.github.bisnodeclient.annotations.Put}, {@link
 * io.github.bisnodeclient.annotations.Delete} or {@link io.github.bisnodeclient.annotations.Patch}
 * on each method (with {@link io.github.bisnodeclient.annotations.Idempotent} on a POST or PATCH
 * that is safe to resend), and {@link io.github.bisnodeclient.annotations.Path}, {@link
 * io.github.bisnodeclient.annotations.Query}, {@link io.github.bisnodeclient.annotations.QueryMap},
 * {@link io.github.bisnodeclient.annotations.Header} or {@link
 * io.github.bisnodeclient.annotations.Body} on each parameter.
 */
@NullMarked
package io.github.bisnodeclient.annotations;

import org.jspecify.annotations.NullMarked;
