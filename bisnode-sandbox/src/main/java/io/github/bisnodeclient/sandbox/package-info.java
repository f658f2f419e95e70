/**
 * An embedded local Bisnode for demos and tests: Bisnode's OAuth2 token endpoint and sample
 * Consumer Intelligence (v2, v3) and Credit data companies (v2) APIs on {@code 127.0.0.1}, with
 * fictional Nordic sample data, counters, recorded requests and fault switches.
 *
 * <p>Start with {@link io.github.bisnodeclient.sandbox.BisnodeSandbox#start()}, or let {@link
 * io.github.bisnodeclient.sandbox.BisnodeSandboxExtension} start one per JUnit test class.
 */
@NullMarked
package io.github.bisnodeclient.sandbox;

import org.jspecify.annotations.NullMarked;
