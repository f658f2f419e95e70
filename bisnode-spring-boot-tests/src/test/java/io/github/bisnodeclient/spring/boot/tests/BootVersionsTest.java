package io.github.bisnodeclient.spring.boot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.hc.core5.util.VersionInfo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * The application runs on the Spring Boot line its pom's parent names, with the HttpClient and Gson
 * that Boot manages, not the library's own newer ones.
 */
class BootVersionsTest {
  @Test
  void runsOnBootsOwnVersions() throws IOException {
    assertEquals(System.getProperty("expected.boot.version"), SpringBootVersion.getVersion());
    ClassLoader loader = BootVersionsTest.class.getClassLoader();
    String httpclient5 = VersionInfo.loadVersionInfo("org.apache.hc.client5", loader).getRelease();
    assertTrue(httpclient5.startsWith("5.5."), "httpclient5 " + httpclient5);
    String gson = gsonVersion();
    assertTrue(gson.startsWith("2.13."), "Gson " + gson);
  }

  private static String gsonVersion() throws IOException {
    String resource = "META-INF/maven/com.google.code.gson/gson/pom.properties";
    try (InputStream in = Gson.class.getClassLoader().getResourceAsStream(resource)) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "");
    }
  }
}
