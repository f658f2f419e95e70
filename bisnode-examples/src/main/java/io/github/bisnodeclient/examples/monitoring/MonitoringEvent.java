package io.github.bisnodeclient.examples.monitoring;

import java.time.LocalDateTime;

/**
 * One event on a watched company.
 *
 * @param id the event's id
 * @param eventDate when it happened
 * @param registrationDate when Bisnode registered it
 * @param companyInformation the company
 * @param details what happened
 * @param changeTypeInformation the kind of change; may be absent
 */
public record MonitoringEvent(
    String id,
    LocalDateTime eventDate,
    String registrationDate,
    CompanyInformation companyInformation,
    EventDetails details,
    CodeDescription changeTypeInformation) {}
