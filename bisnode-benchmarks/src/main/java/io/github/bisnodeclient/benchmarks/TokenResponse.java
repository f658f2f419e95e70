package io.github.bisnodeclient.benchmarks;

import com.google.gson.annotations.SerializedName;

/**
 * The token endpoint's answer, as the peers decode it.
 *
 * @param accessToken the bearer token
 * @param expiresIn seconds it lives
 */
record TokenResponse(
    @SerializedName("access_token") String accessToken,
    @SerializedName("expires_in") long expiresIn) {}
