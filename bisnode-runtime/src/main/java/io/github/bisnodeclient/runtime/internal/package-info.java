/**
 * What generated clients call: not for applications. Everything here is public only because
 * generated code lives in the applications' packages; names and signatures change without notice,
 * and none of it is in the published Javadoc. Applications use {@code
 * io.github.bisnodeclient.runtime}.
 *
 * <p>Nothing in this package returns or accepts null unless it is marked {@link
 * org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.github.bisnodeclient.runtime.internal;

import org.jspecify.annotations.NullMarked;
