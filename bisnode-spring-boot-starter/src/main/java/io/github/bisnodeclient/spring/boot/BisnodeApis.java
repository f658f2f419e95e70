package io.github.bisnodeclient.spring.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code @BisnodeApi} interfaces of an application: those that bisnode-processor listed in
 * {@value #INDEX} (in the application's own classes and in its jars) under the application's
 * packages. Read once at start-up; nothing is scanned.
 */
public final class BisnodeApis {
  /** Where bisnode-processor lists the interfaces it wrote a client for, one binary name a line. */
  public static final String INDEX = "META-INF/bisnode/apis";

  private final List<Class<?>> interfaces;

  private BisnodeApis(List<Class<?>> interfaces) {
    this.interfaces = List.copyOf(interfaces);
  }

  /**
   * The interfaces listed in every {@value #INDEX} {@code loader} sees, in one of {@code packages}
   * or a package below one; a listed name that does not load (an index left from an older build) is
   * skipped.
   *
   * @param loader the application's class loader
   * @param packages the application's packages, as {@code AutoConfigurationPackages} has them
   * @return the interfaces
   */
  public static BisnodeApis read(ClassLoader loader, List<String> packages) {
    Set<String> names = new LinkedHashSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        readIndex(indexes.nextElement(), names);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + INDEX, e);
    }
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      if (!inPackages(name, packages)) {
        continue;
      }
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isInterface()) {
          found.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // listed by an earlier build of a class that is gone: nothing to configure
      }
    }
    return new BisnodeApis(found);
  }

  private static void readIndex(URL index, Set<String> names) throws IOException {
    try (InputStream in = index.openStream();
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String name = line.trim();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    }
  }

  private static boolean inPackages(String binaryName, List<String> packages) {
    for (String pkg : packages) {
      if (pkg.isEmpty() || binaryName.startsWith(pkg + ".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The interfaces found.
   *
   * @return the interfaces, in index order
   */
  public List<Class<?>> interfaces() {
    return interfaces;
  }

  /**
   * The interface a {@code bisnode.apis} key names: its qualified or binary name, or its simple
   * name, compared without case and dashes ({@code company-api} names {@code CompanyApi}).
   *
   * @param key the key
   * @return the interface, or null if none or several have that name
   */
  @Nullable Class<?> named(String key) {
    String wanted = normalize(key);
    Class<?> match = null;
    for (Class<?> api : interfaces) {
      if (key.equals(api.getName()) || key.equals(api.getCanonicalName())) {
        return api;
      }
      if (normalize(api.getSimpleName()).equals(wanted)) {
        if (match != null) {
          return null;
        }
        match = api;
      }
    }
    return match;
  }

  /**
   * Checks every key of {@code bisnode.apis} against the interfaces.
   *
   * @param keys the configured keys
   * @throws IllegalStateException naming each key that matches no interface, and the interfaces
   */
  void checkKeys(Map<String, ?> keys) {
    List<String> unknown = new ArrayList<>();
    for (String key : keys.keySet()) {
      if (named(key) == null) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      List<String> known = new ArrayList<>();
      interfaces.forEach(api -> known.add(api.getName()));
      throw new IllegalStateException(
          "bisnode.apis names "
              + unknown
              + ", which is no @BisnodeApi interface of this application, or more than one."
              + " Use an interface's simple name or, in brackets, its qualified name. The"
              + " application's interfaces: "
              + (known.isEmpty() ? "none" : known));
    }
  }

  private static String normalize(String name) {
    return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "BisnodeApis" + interfaces;
  }
}
