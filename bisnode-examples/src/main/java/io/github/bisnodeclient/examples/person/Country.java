package io.github.bisnodeclient.examples.person;

/** The markets Bisnode's consumer and company data cover. */
public enum Country {
  /** Sweden. */
  SE,
  /** Norway. */
  NO,
  /** Denmark. */
  DK,
  /** Finland. */
  FI
}
