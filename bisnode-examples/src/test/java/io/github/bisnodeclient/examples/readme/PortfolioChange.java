package io.github.bisnodeclient.examples.readme;

import io.github.bisnodeclient.examples.monitoring.CompanyId;
import java.util.List;

/** The README's DELETE body: the companies to stop watching. */
record PortfolioChange(List<CompanyId> companyIds) {}
