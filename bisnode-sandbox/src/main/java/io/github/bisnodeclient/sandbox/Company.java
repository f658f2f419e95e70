package io.github.bisnodeclient.sandbox;

/**
 * A fictional company (or a branch of one) of the sample data, as Credit data companies describes
 * one.
 */
record Company(
    String country,
    String registrationNumber,
    String dunsNumber,
    String name,
    LegalForm legalForm,
    int foundedYear,
    String street,
    String postalCode,
    String town,
    String industryCode,
    String industry,
    boolean active,
    boolean headQuarter,
    boolean legallyBlocked) {

  /** The swagger's {@code legalForm} values. */
  enum LegalForm {
    LIMITED_COMPANY,
    SOLE_PROPRIETORSHIP,
    PARTNERSHIP,
    OTHER
  }

  /** The registration number with separators removed, as searches compare it. */
  String normalizedRegistrationNumber() {
    return NationalIds.normalize(registrationNumber);
  }
}
