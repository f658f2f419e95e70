package io.github.bisnodeclient.benchmarks;

import java.util.Locale;

/**
 * The interfaces {@link CompileCost} compiles: interface {@code i} of ten methods in our
 * annotations, the same ten in avaje-http's, and the least implementation of ours. Each uses three
 * of the {@link #MODELS} records {@code gen.model.Model0…}, by offset from {@code i}.
 */
final class ApiSources {
  static final int METHODS = 10;
  static final int MODELS = 10;

  private ApiSources() {}

  static String name(int i) {
    return String.format(Locale.ROOT, "Api%03d", i);
  }

  /** The record that interface {@code i} (and its neighbours, by offset) use. */
  static String model(int i) {
    return "gen.model.Model" + (i % MODELS);
  }

  static String modelSource(int m) {
    return "package gen.model;\n\nimport java.time.LocalDate;\nimport java.util.List;\n\n"
        + "public record Model"
        + m
        + "(String id, String name, int count, List<String> tags, LocalDate created,"
        + " Double score) {}\n";
  }

  /** Ten methods that use every annotation and return shape the processor supports. */
  static String bisnode(int i) {
    String name = name(i);
    String m0 = model(i);
    String m1 = model(i + 1);
    String m2 = model(i + 2);
    String m3 = model(i + 3);
    return "package gen.api;\n\n"
        + "import io.github.bisnodeclient.annotations.*;\n"
        + "import io.github.bisnodeclient.runtime.BisnodeResponse;\n"
        + "import java.time.LocalDate;\n"
        + "import java.util.List;\n"
        + "import java.util.Map;\n"
        + "import java.util.Optional;\n"
        + "import java.util.concurrent.CompletableFuture;\n\n"
        + "@BisnodeApi(baseUrl = \"https://api.example.com/"
        + name.toLowerCase(Locale.ROOT)
        + "/v1\", scope = \"bci\")\n"
        + "public interface "
        + name
        + " {\n"
        + "  @Get(\"/items/{id}\")\n  "
        + m0
        + " get(@Path(\"id\") String id, @Query(\"expand\") String expand);\n\n"
        + "  @Get(\"/items\")\n  Optional<"
        + m1
        + "> find(@Query(\"name\") String name, @Query(\"limit\") Integer limit);\n\n"
        + "  @Post(\"/items\")\n  "
        + m2
        + " create(@Body "
        + m2
        + " body, @Header(\"X-Request-Id\") String requestId);\n\n"
        + "  @Get(\"/items/{id}/text\")\n  String text(@Path(\"id\") String id);\n\n"
        + "  @Get(\"/items/{id}\")\n  CompletableFuture<"
        + m3
        + "> getAsync(@Path(\"id\") String id);\n\n"
        + "  @Get(\"/items/{id}/history\")\n  BisnodeResponse<"
        + m0
        + "> history(@Path(\"id\") String id, @QueryMap Map<String, String> filters);\n\n"
        + "  @Post(\"/items/{id}/touch\")\n  void touch(@Path(\"id\") String id);\n\n"
        + "  @Get(\"/items/search\")\n  "
        + m1
        + " search(@Query(\"q\") String q, @Query(\"tag\") List<String> tags,"
        + " @Query(\"from\") LocalDate from);\n\n"
        + "  @Get(\"/groups/{group}/items/{number}\")\n  "
        + m2
        + " inGroup(@Path(\"group\") String group, @Path(\"number\") int number);\n\n"
        + "  @Get(\"/items/{id}/document\")\n  byte[] document(@Path(\"id\") String id);\n"
        + "}\n";
  }

  /**
   * The same ten requests in avaje-http's annotations ({@code @Client}, path parameters by name,
   * {@code @QueryParam}, {@code @Header}, an unannotated body), where avaje has no equivalent of
   * ours the nearest shape it supports: {@code List} for our {@code Optional} (it has no "absent on
   * 404"), {@code HttpResponse<T>} for our {@code BisnodeResponse<T>}, {@code HttpResponse<byte[]>}
   * for a bare {@code byte[]} (which it rejects).
   */
  static String avaje(int i) {
    String name = name(i);
    String m0 = model(i);
    String m1 = model(i + 1);
    String m2 = model(i + 2);
    String m3 = model(i + 3);
    return "package gen.api;\n\n"
        + "import io.avaje.http.api.*;\n"
        + "import java.net.http.HttpResponse;\n"
        + "import java.time.LocalDate;\n"
        + "import java.util.List;\n"
        + "import java.util.Map;\n"
        + "import java.util.concurrent.CompletableFuture;\n\n"
        + "@Client\n"
        + "@Path(\"/"
        + name.toLowerCase(Locale.ROOT)
        + "/v1\")\n"
        + "public interface "
        + name
        + " {\n"
        + "  @Get(\"/items/{id}\")\n  "
        + m0
        + " get(String id, @QueryParam(\"expand\") String expand);\n\n"
        + "  @Get(\"/items\")\n  List<"
        + m1
        + "> find(@QueryParam(\"name\") String name, @QueryParam(\"limit\") Integer limit);\n\n"
        + "  @Post(\"/items\")\n  "
        + m2
        + " create("
        + m2
        + " body, @Header(\"X-Request-Id\") String requestId);\n\n"
        + "  @Get(\"/items/{id}/text\")\n  String text(String id);\n\n"
        + "  @Get(\"/items/{id}\")\n  CompletableFuture<"
        + m3
        + "> getAsync(String id);\n\n"
        + "  @Get(\"/items/{id}/history\")\n  HttpResponse<"
        + m0
        + "> history(String id, @QueryParam Map<String, String> filters);\n\n"
        + "  @Post(\"/items/{id}/touch\")\n  void touch(String id);\n\n"
        + "  @Get(\"/items/search\")\n  "
        + m1
        + " search(@QueryParam(\"q\") String q, @QueryParam(\"tag\") List<String> tags,"
        + " @QueryParam(\"from\") LocalDate from);\n\n"
        + "  @Get(\"/groups/{group}/items/{number}\")\n  "
        + m2
        + " inGroup(String group, int number);\n\n"
        + "  @Get(\"/items/{id}/document\")\n  HttpResponse<byte[]> document(String id);\n"
        + "}\n";
  }

  /**
   * The least a generated implementation of {@link #bisnode} can be: the same signatures, each
   * method throwing, no fields, no runtime calls.
   */
  static String minimal(int i) {
    String name = name(i);
    String m0 = model(i);
    String m1 = model(i + 1);
    String m2 = model(i + 2);
    String m3 = model(i + 3);
    String none = " {\n    throw new UnsupportedOperationException();\n  }\n\n";
    return "package gen.api;\n\n"
        + "import io.github.bisnodeclient.runtime.BisnodeResponse;\n"
        + "import java.time.LocalDate;\n"
        + "import java.util.List;\n"
        + "import java.util.Map;\n"
        + "import java.util.Optional;\n"
        + "import java.util.concurrent.CompletableFuture;\n\n"
        + "public final class Minimal"
        + name
        + " implements "
        + name
        + " {\n"
        + "  @Override\n  public "
        + m0
        + " get(String id, String expand)"
        + none
        + "  @Override\n  public Optional<"
        + m1
        + "> find(String name, Integer limit)"
        + none
        + "  @Override\n  public "
        + m2
        + " create("
        + m2
        + " body, String requestId)"
        + none
        + "  @Override\n  public String text(String id)"
        + none
        + "  @Override\n  public CompletableFuture<"
        + m3
        + "> getAsync(String id)"
        + none
        + "  @Override\n  public BisnodeResponse<"
        + m0
        + "> history(String id, Map<String, String> filters)"
        + none
        + "  @Override\n  public void touch(String id)"
        + none
        + "  @Override\n  public "
        + m1
        + " search(String q, List<String> tags, LocalDate from)"
        + none
        + "  @Override\n  public "
        + m2
        + " inGroup(String group, int number)"
        + none
        + "  @Override\n  public byte[] document(String id)"
        + none.substring(0, none.length() - 1)
        + "}\n";
  }
}
