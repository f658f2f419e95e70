package io.github.bisnodeclient.runtime.internal;

/**
 * The name of the class the annotation processor writes for an interface; the processor's {@code
 * ApiModel} applies the same rule to source elements, and both are tested against one table.
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  /**
   * {@code p.PersonSearchApi} becomes {@code p.BisnodePersonSearchApi}, and a nested {@code
   * p.Outer.Inner} becomes {@code p.BisnodeOuter_Inner}.
   *
   * @param api the annotated interface
   * @return the binary name of its generated client
   */
  public static String of(Class<?> api) {
    StringBuilder simple = new StringBuilder(api.getSimpleName());
    for (Class<?> outer = api.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      simple.insert(0, outer.getSimpleName() + "_");
    }
    String pkg = api.getPackageName();
    return (pkg.isEmpty() ? "" : pkg + ".") + "Bisnode" + simple;
  }
}
