package io.github.bisnodeclient.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Post} or {@link Patch} method as safe to send again: the client then retries it
 * like a {@link Get} after 429 or 503 (waiting as {@code Retry-After} says) and after a failure to
 * connect. Many Bisnode POSTs are reads (searches, reports, scores) and can carry it. Without it, a
 * POST or PATCH is never sent twice, except once with a new token after a 401.
 *
 * <p>It is a compile error on a {@link Get}, {@link Put} or {@link Delete} method: those are always
 * idempotent and retried already.
 *
 * <pre>{@code
 * @Post("/companies")
 * @Idempotent
 * CompanySearchResult search(@Body CompanySearchRequest request);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Idempotent {}
