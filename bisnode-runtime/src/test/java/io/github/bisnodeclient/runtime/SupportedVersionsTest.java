package io.github.bisnodeclient.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.hc.core5.util.VersionInfo;
import org.junit.jupiter.api.Test;

/**
 * Says which HttpClient, Gson, JUnit and JDK the tests ran on, and checks them against what the
 * build asked for ({@code expected.*} system properties, set by the root pom's surefire
 * configuration and overridden by bisnode-compat-tests). Without this a version override that
 * silently lost to another could leave the oldest supported versions untested.
 */
class SupportedVersionsTest {
  @Test
  void runsOnTheLibraryVersionsAndJdkTheBuildAskedFor() throws IOException {
    ClassLoader loader = SupportedVersionsTest.class.getClassLoader();
    String httpclient5 = VersionInfo.loadVersionInfo("org.apache.hc.client5", loader).getRelease();
    String httpcore5 = VersionInfo.loadVersionInfo("org.apache.hc.core5", loader).getRelease();
    String gson = mavenVersion("com.google.code.gson", "gson");
    String junit = Test.class.getPackage().getImplementationVersion();
    String java = Integer.toString(Runtime.version().feature());
    System.out.printf(
        "Tests run on httpclient5 %s, httpcore5 %s, Gson %s, JUnit %s, Java %s (%s)%n",
        httpclient5, httpcore5, gson, junit, Runtime.version(), System.getProperty("java.home"));

    expect("expected.httpclient5.version", httpclient5);
    expect("expected.httpcore5.version", httpcore5);
    expect("expected.gson.version", gson);
    expect("expected.junit.version", junit);
    expect("expected.java.version", java);
  }

  /** Outside the Maven build (an IDE) nothing is expected, but each version must be readable. */
  private static void expect(String property, String actual) {
    assertFalse(actual == null || actual.isEmpty() || actual.equals(VersionInfo.UNAVAILABLE));
    String expected = System.getProperty(property);
    if (expected != null) {
      assertEquals(expected, actual, property);
    }
  }

  private static String mavenVersion(String group, String artifact) throws IOException {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Gson.class.getClassLoader().getResourceAsStream(resource)) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "");
    }
  }
}
