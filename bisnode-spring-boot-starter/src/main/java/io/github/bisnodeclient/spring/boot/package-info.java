/**
 * Spring Boot auto-configuration for Bisnode clients: a {@link
 * io.github.bisnodeclient.runtime.BisnodeClient} built from the {@code bisnode.*} properties, every
 * {@code @BisnodeApi} interface of the application as a bean, the health indicator {@code bisnode},
 * and the meters of {@code bisnode-micrometer}. Works on Spring Boot 3.5.x and 4.0.x.
 */
@NullMarked
package io.github.bisnodeclient.spring.boot;

import org.jspecify.annotations.NullMarked;
