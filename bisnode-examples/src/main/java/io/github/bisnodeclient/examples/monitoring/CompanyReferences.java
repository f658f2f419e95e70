package io.github.bisnodeclient.examples.monitoring;

import java.util.List;

/**
 * References to add to or remove from one company.
 *
 * @param company the company
 * @param references the references
 */
public record CompanyReferences(CompanyId company, List<String> references) {}
