package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, headers and body bytes (never changed once built). */
@SuppressWarnings("ArrayRecordComponent") // the bytes are written to the socket, never compared
record SandboxResponse(int status, Map<String, String> headers, byte[] body) {
  static final String JSON = "application/json";

  static SandboxResponse json(int status, JsonElement body) {
    return new SandboxResponse(status, Map.of("Content-Type", JSON), Json.bytes(body));
  }

  static SandboxResponse empty(int status) {
    return new SandboxResponse(status, Map.of(), new byte[0]);
  }

  SandboxResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new SandboxResponse(status, copy, body);
  }

  SandboxResponse withHeaders(Map<String, String> extra) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.putAll(extra);
    return new SandboxResponse(status, copy, body);
  }
}
