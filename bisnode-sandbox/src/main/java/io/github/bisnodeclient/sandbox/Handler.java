package io.github.bisnodeclient.sandbox;

/** Answers one API operation; throws {@link ApiError} to answer with an error body. */
@FunctionalInterface
interface Handler {
  SandboxResponse handle(SandboxRequest request);
}
