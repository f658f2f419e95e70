package io.github.bisnodeclient.examples.monitoring;

/**
 * A page of a POST search: {@code {number, size}}, numbered from 0.
 *
 * @param number the page, from 0
 * @param size items per page
 */
public record PageRequest(int number, int size) {}
