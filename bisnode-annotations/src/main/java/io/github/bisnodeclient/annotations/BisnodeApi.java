package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a Bisnode API. The annotation processor writes its implementation, {@code
 * Bisnode<Name>} in the same package, at compile time; obtain an instance with {@code
 * BisnodeClient.create(Name.class)}.
 *
 * <pre>{@code
 * @BisnodeApi(baseUrl = "https://api.bisnode.com/consumerintelligence/person/v2", scope = "bci")
 * public interface PersonSearchApi {
 *   @Get("/person/search")
 *   PersonSearchResult search(@Query("firstName") String firstName,
 *                             @Query("sourceCountry") String sourceCountry);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BisnodeApi {
  /**
   * The base URL that every method's path is appended to, such as {@code
   * https://api.bisnode.com/consumerintelligence/person/v2}. A client may override it at run time,
   * for instance to reach Bisnode's sandbox or a local server.
   *
   * @return the absolute {@code https} (or loopback {@code http}) base URL
   */
  String baseUrl();

  /**
   * The OAuth2 scope the access token for this API is requested with. Several scopes may be given
   * separated by spaces. APIs with the same scope share one token.
   *
   * @return the scope, {@code bci} (Consumer Intelligence) unless set
   */
  String scope() default "bci";
}
