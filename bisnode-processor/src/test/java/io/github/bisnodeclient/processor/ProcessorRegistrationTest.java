package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** How build tools find the processor and what it declares to them. */
class ProcessorRegistrationTest {

  @Test
  void isFoundByJavacThroughTheServiceLoader() {
    assertThat(
            ServiceLoader.load(Processor.class).stream()
                .map(provider -> provider.type().getName())
                .toList())
        .contains(BisnodeApiProcessor.class.getName());
  }

  @Test
  void declaresItselfAggregatingForGradleIncrementalBuildsSinceTheIndexListsEveryApi()
      throws IOException {
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo("io.github.bisnodeclient.processor.BisnodeApiProcessor,aggregating");
    }
  }

  @Test
  void supportsTheLatestSourceVersion() {
    assertThat(new BisnodeApiProcessor().getSupportedSourceVersion())
        .isEqualTo(SourceVersion.latestSupported());
  }

  /**
   * The compile tests run the javac of the JVM they run on, in the build once on Java 17 and once
   * on Java 25 (profile jdk25): this says which, and checks it is the one the build asked for.
   */
  @Test
  void compilesWithTheJavacOfTheJdkTheBuildAskedFor() {
    int feature = Runtime.version().feature();
    System.out.printf("Processor tests run inside javac %s%n", Runtime.version());
    assertThat(SourceVersion.latestSupported().ordinal()).isEqualTo(feature);
    String expected = System.getProperty("expected.java.version");
    if (expected != null) {
      assertThat(Integer.toString(feature)).isEqualTo(expected);
    }
  }

  @Test
  void supportsBisnodeApiAndClaimsTheAnnotationsItReads() {
    assertThat(new BisnodeApiProcessor().getSupportedAnnotationTypes())
        .containsExactly(
            "io.github.bisnodeclient.annotations.BisnodeApi",
            "io.github.bisnodeclient.annotations.Get",
            "io.github.bisnodeclient.annotations.Post",
            "io.github.bisnodeclient.annotations.Put",
            "io.github.bisnodeclient.annotations.Delete",
            "io.github.bisnodeclient.annotations.Patch",
            "io.github.bisnodeclient.annotations.Idempotent",
            "io.github.bisnodeclient.annotations.Timeout",
            "io.github.bisnodeclient.annotations.Path",
            "io.github.bisnodeclient.annotations.Query",
            "io.github.bisnodeclient.annotations.QueryMap",
            "io.github.bisnodeclient.annotations.Header",
            "io.github.bisnodeclient.annotations.Header.List",
            "io.github.bisnodeclient.annotations.Body",
            "javax.annotation.processing.Generated");
  }
}
