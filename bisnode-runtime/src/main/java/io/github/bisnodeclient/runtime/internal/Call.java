package io.github.bisnodeclient.runtime.internal;

import com.google.gson.Gson;
import io.github.bisnodeclient.runtime.CallContext;
import io.github.bisnodeclient.runtime.TokenCache;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one call needs on its way out, assembled by {@link ApiTarget} from a filled request:
 * the transport reads nothing else.
 *
 * @param endpoint the method called
 * @param uri the full request URI; holds personal data, never logged
 * @param body the encoded JSON body, or null for none
 * @param headers the call's own headers, name and value
 * @param tokens the token cache of the API's scope
 * @param gson decodes the response
 * @param startNanos when the call started, on {@link System#nanoTime()}
 * @param context what the listener follows the call by, or null without a listener
 * @param <T> what the call returns
 */
// Nothing compares calls; the body array is handed to HttpClient as it is, never copied.
@SuppressWarnings("ArrayRecordComponent")
record Call<T extends @Nullable Object>(
    Endpoint<T> endpoint,
    URI uri,
    byte @Nullable [] body,
    List<String[]> headers,
    TokenCache tokens,
    Gson gson,
    long startNanos,
    @Nullable CallContext context) {}
