package io.github.bisnodeclient.examples.person;

import io.github.bisnodeclient.annotations.BisnodeApi;
import io.github.bisnodeclient.annotations.Body;
import io.github.bisnodeclient.annotations.Path;
import io.github.bisnodeclient.annotations.Post;
import java.util.Locale;
import java.util.Optional;

/**
 * Bisnode Consumer Intelligence v3: find the one person that criteria describe in a market (SE, NO,
 * DK or FI). Needs a token with scope {@code bci}.
 *
 * <pre>{@code
 * Optional<Person> ingrid =
 *     bisnode.create(PersonFindApi.class).find(Country.NO, PersonCriteria.byLegalId("17057514051"));
 * }</pre>
 *
 * <p>Bisnode's path names the market in lower case ({@code /markets/no/persons/_find}); {@link
 * #find(Country, PersonCriteria)} takes the same {@link Country} as the other APIs and lower-cases
 * it. Several matching persons is an error (HTTP 409): narrow the criteria with a national id, a
 * date of birth or an address.
 */
@BisnodeApi(baseUrl = "https://api.bisnode.com/consumer-intelligence/v3", scope = "bci")
public interface PersonFindApi {

  /**
   * Finds the one person matching the criteria. Prefer {@link #find(Country, PersonCriteria)}: an
   * unknown market is a 404, which an {@code Optional} return reads as empty, like nobody found.
   *
   * @param market the market in lower case: {@code se}, {@code no}, {@code dk} or {@code fi}
   * @param criteria what the person is found by; at least one field
   * @return the person, or empty when nobody matches (HTTP 204) or the market is unknown (404)
   */
  @Post("/markets/{market}/persons/_find")
  Optional<Person> find(@Path("market") String market, @Body PersonCriteria criteria);

  /**
   * Finds the one person matching the criteria.
   *
   * @param market the market
   * @param criteria what the person is found by; at least one field
   * @return the person, or empty when nobody matches (HTTP 204)
   */
  default Optional<Person> find(Country market, PersonCriteria criteria) {
    return find(market.name().toLowerCase(Locale.ROOT), criteria);
  }
}
