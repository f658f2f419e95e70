/**
 * The annotation processor that writes the implementation of every {@code @BisnodeApi} interface at
 * compile time: {@link io.github.bisnodeclient.processor.BisnodeApiProcessor} reads each interface
 * into a model ({@code ApiParser}), checks it ({@code ApiValidator}), reports every misuse as a
 * javac error on the element at fault ({@code Diagnostics}) and, when there is none, writes {@code
 * Bisnode<Name>} ({@code ClientWriter}).
 */
@NullMarked
package io.github.bisnodeclient.processor;

import org.jspecify.annotations.NullMarked;
