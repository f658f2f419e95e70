package io.github.bisnodeclient.processor;

import static io.github.bisnodeclient.processor.Compilations.*;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    Compilation c = compile(
        source("p.Person", "package p; public record Person(String name) {}"),
        api("PersonApi",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com/x\")",
            "@Header(\"X-A: 1\")",
            "public interface PersonApi {",
            "  @Get(\"/persons/{gedi}\") Optional<Person> byGedi(@Path(\"gedi\") String gedi);",
            "  @Get(\"/person/search\") @Header(\"Accept: application/json\") @Header(\"X-B: 2\") List<Person> search(@Query(\"firstName\") String firstName, @Query(\"n\") int n);",
            "  @Post(\"/x\") CompletableFuture<BisnodeResponse<Map<String, List<? extends Person>>>> post(@Body Person p, @Header(\"X-Id\") UUID id);",
            "  @Post(\"/y\") void y();",
            "  @Post(\"/y\") int y(@QueryMap Map<String, ?> q);",
            "  @Get(\"/y\") byte[] bytes();",
            "  @Get(\"/y\") InputStream stream();",
            "  @Get(\"/y\") CompletableFuture<Void> v(@Query(\"target\") String target);",
            "  @Get(\"/y\") List<Person>[] arr();",
            "}"));
    System.out.println(c.status());
    c.diagnostics().forEach(d -> System.out.println(d));
    c.generatedSourceFiles().forEach(f -> { try { System.out.println(f.getCharContent(true)); } catch (Exception e) { throw new RuntimeException(e); } });
  }
}
