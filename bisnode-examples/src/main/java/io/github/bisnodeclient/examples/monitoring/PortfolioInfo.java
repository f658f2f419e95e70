package io.github.bisnodeclient.examples.monitoring;

import java.time.LocalDateTime;

/**
 * The portfolio itself: {@code {status, created, lastModified, totalCompanies}}.
 *
 * @param status such as {@code ACTIVE}
 * @param created when it was created
 * @param lastModified when it last changed
 * @param totalCompanies how many companies it watches
 */
public record PortfolioInfo(
    String status, LocalDateTime created, LocalDateTime lastModified, Long totalCompanies) {}
