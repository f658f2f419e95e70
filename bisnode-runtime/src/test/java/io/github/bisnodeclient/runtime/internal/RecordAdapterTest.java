package io.github.bisnodeclient.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.ReflectionAccessFilter;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.bisnodeclient.runtime.BisnodeError;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RecordAdapter} and {@link RecordAdapters}, through adapters written as bisnode-processor
 * writes them: every outcome compared with Gson's own reflective adapter for the same record.
 */
class RecordAdapterTest {
  enum Kind {
    PLAIN,
    @SerializedName("bee")
    FANCY
  }

  record Inner(String value, int[] numbers) {}

  record Sample(
      String text,
      int count,
      boolean flag,
      long big,
      double ratio,
      char letter,
      Integer boxed,
      @SerializedName(
              value = "renamed",
              alternate = {"old", "older"})
          String named,
      Inner inner,
      List<Inner> inners,
      Map<String, Integer> counts,
      String[] words,
      Kind kind,
      BigDecimal amount,
      Number number) {}

  record Checked(String code) {
    Checked {
      if ("bad".equals(code)) {
        throw new IllegalArgumentException("bad code");
      }
    }

    @Override
    public String code() {
      if ("secret".equals(code)) {
        throw new IllegalStateException("not readable");
      }
      return code;
    }
  }

  /** The adapters of these records, as a generated client makes them. */
  static final class Adapters {
    private Adapters() {}

    static RecordAdapters of() {
      return new RecordAdapters(new SampleAccess(), new InnerAccess(), new CheckedAccess());
    }
  }

  private static final class SampleAccess extends RecordAccess<Sample> {
    SampleAccess() {
      super(
          Sample.class,
          component("text", String.class),
          component("count", int.class),
          component("flag", boolean.class),
          component("big", long.class),
          component("ratio", double.class),
          component("letter", char.class),
          component("boxed", Integer.class),
          component("named", String.class).named("renamed", "old", "older"),
          component("inner", Inner.class),
          component("inners", Types.parameterized(List.class, Inner.class)),
          component("counts", Types.parameterized(Map.class, String.class, Integer.class)),
          component("words", String[].class),
          component("kind", Kind.class),
          component("amount", BigDecimal.class),
          component("number", Number.class));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Sample create(Object[] values) {
      return new Sample(
          (String) values[0],
          (int) values[1],
          (boolean) values[2],
          (long) values[3],
          (double) values[4],
          (char) values[5],
          (Integer) values[6],
          (String) values[7],
          (Inner) values[8],
          (List<Inner>) values[9],
          (Map<String, Integer>) values[10],
          (String[]) values[11],
          (Kind) values[12],
          (BigDecimal) values[13],
          (Number) values[14]);
    }

    @Override
    protected Object component(Sample value, int index) {
      return switch (index) {
        case 0 -> value.text();
        case 1 -> value.count();
        case 2 -> value.flag();
        case 3 -> value.big();
        case 4 -> value.ratio();
        case 5 -> value.letter();
        case 6 -> value.boxed();
        case 7 -> value.named();
        case 8 -> value.inner();
        case 9 -> value.inners();
        case 10 -> value.counts();
        case 11 -> value.words();
        case 12 -> value.kind();
        case 13 -> value.amount();
        default -> value.number();
      };
    }
  }

  private static final class InnerAccess extends RecordAccess<Inner> {
    InnerAccess() {
      super(Inner.class, component("value", String.class), component("numbers", int[].class));
    }

    @Override
    protected Inner create(Object[] values) {
      return new Inner((String) values[0], (int[]) values[1]);
    }

    @Override
    protected Object component(Inner value, int index) {
      return switch (index) {
        case 0 -> value.value();
        default -> value.numbers();
      };
    }
  }

  private static final class CheckedAccess extends RecordAccess<Checked> {
    CheckedAccess() {
      super(Checked.class, component("code", String.class));
    }

    @Override
    protected Checked create(Object[] values) {
      return new Checked((String) values[0]);
    }

    @Override
    protected Object component(Checked value, int index) {
      return value.code();
    }
  }

  private static final Gson REFLECTIVE = new Gson();

  private static final TypeAdapterFactory NO_FACTORY =
      new TypeAdapterFactory() {
        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
          return null;
        }
      };
  private static final Gson GENERATED = Adapters.of().build(REFLECTIVE.newBuilder());

  /** Shows a decoded value field by field, nulls included, to compare two decodings. */
  private static final Gson SHOW = new GsonBuilder().serializeNulls().create();

  /** Each decoded by both adapters: same value, or same exception. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "null",
        "{\"text\":\"t\",\"count\":3,\"flag\":true,\"big\":9007199254740993,\"ratio\":1.5,"
            + "\"letter\":\"x\",\"boxed\":7,\"renamed\":\"r\",\"inner\":{\"value\":\"v\","
            + "\"numbers\":[1,2]},\"inners\":[{\"value\":\"a\"},null],\"counts\":{\"a\":1,"
            + "\"b\":null},\"words\":[\"w\",null],\"kind\":\"bee\",\"amount\":12.50,"
            + "\"number\":3}",
        "{\"unknown\":1,\"other\":{\"deep\":[1,{\"x\":null}]},\"text\":\"kept\"}",
        "{\"count\":null}",
        "{\"flag\":null}",
        "{\"boxed\":null,\"text\":null,\"inner\":null,\"inners\":null,\"kind\":null}",
        "{\"count\":\"12\",\"big\":\"42\",\"ratio\":\"2.5\",\"boxed\":\"7\",\"flag\":\"true\"}",
        "{\"old\":\"from old\"}",
        "{\"older\":\"from older\"}",
        "{\"named\":\"the Java name is not a JSON name here\"}",
        "{\"text\":\"first\",\"text\":\"second\"}",
        "{\"kind\":\"PLAIN\"}",
        "{\"kind\":\"FANCY\"}",
        "{\"kind\":\"unknown\"}",
        "{\"amount\":\"12.50\",\"number\":\"1e3\"}",
        "[]",
        "\"text\"",
        "{\"inner\":\"not an object\"}",
        "{\"inners\":{}}",
        "{\"count\":\"abc\"}",
        "{\"count\":1.5}",
        "{\"letter\":\"ab\"}",
        "{\"text\":{\"an\":\"object\"}}",
        "{\"words\":\"not an array\"}",
      })
  void readsAsGsonsReflectiveAdapterDoes(String json) {
    assertSameOutcome(
        () -> SHOW.toJson(REFLECTIVE.fromJson(json, Sample.class)),
        () -> SHOW.toJson(GENERATED.fromJson(json, Sample.class)));
  }

  /** Bisnode's error model, which every Gson of a client reads with the runtime's adapters. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"status\":400,\"statusText\":\"BAD_REQUEST\",\"message\":\"m\",\"timestamp\":\"t\","
            + "\"subErrors\":[{\"object\":\"o\",\"field\":\"f\",\"rejectedValue\":7,"
            + "\"message\":\"bad\"},{\"rejectedValue\":{\"a\":[1,null]}}]}",
        "{\"message\":\"no sub-errors\"}",
        "{\"status\":\"404\",\"subErrors\":null,\"extra\":{}}",
        "{\"subErrors\":[null]}",
        "{\"status\":\"four hundred\"}",
      })
  void readsBisnodesErrorModelAsGsonsReflectiveAdapterDoes(String json) {
    Gson errors = RecordAdapters.errorModel().build(new GsonBuilder());
    assertInstanceOf(RecordAdapter.class, errors.getAdapter(BisnodeError.class));
    assertSameOutcome(
        () -> SHOW.toJson(REFLECTIVE.fromJson(json, BisnodeError.class)),
        () -> SHOW.toJson(errors.fromJson(json, BisnodeError.class)));
  }

  @Test
  void readsThroughTheGeneratedAdapter() {
    assertInstanceOf(RecordAdapter.class, GENERATED.getAdapter(Sample.class));
    assertInstanceOf(RecordAdapter.class, GENERATED.getAdapter(Inner.class));
    assertEquals(
        "ReflectiveTypeAdapterFactory",
        REFLECTIVE.getAdapter(Sample.class).getClass().getEnclosingClass().getSimpleName());
  }

  @Test
  void wrapsWhatTheConstructorThrowsAsGsonDoes() {
    RuntimeException reflective =
        assertThrows(
            RuntimeException.class, () -> REFLECTIVE.fromJson("{\"code\":\"bad\"}", Checked.class));
    RuntimeException generated =
        assertThrows(
            RuntimeException.class, () -> GENERATED.fromJson("{\"code\":\"bad\"}", Checked.class));
    assertEquals(reflective.getClass(), generated.getClass());
    assertInstanceOf(IllegalArgumentException.class, generated.getCause());
    assertEquals(reflective.getCause().getMessage(), generated.getCause().getMessage());
    assertTrue(
        generated.getMessage().startsWith("Failed to invoke constructor"), generated::getMessage);
  }

  @Test
  void wrapsWhatAnAccessorThrowsAsGsonDoes() {
    Checked secret = new Checked("secret");
    JsonIOException reflective =
        assertThrows(JsonIOException.class, () -> REFLECTIVE.toJson(secret));
    JsonIOException generated = assertThrows(JsonIOException.class, () -> GENERATED.toJson(secret));
    assertEquals(reflective.getCause().getClass(), generated.getCause().getClass());
  }

  private static Sample sample(Number number, BigDecimal amount) {
    return new Sample(
        "t\u00e9xt <&>",
        3,
        true,
        Long.MAX_VALUE,
        0.1,
        'q',
        null,
        "n",
        new Inner(null, new int[] {1}),
        new ArrayList<>(List.of(new Inner("a", new int[0]))),
        Map.of("k", 1),
        new String[] {"w", null},
        Kind.FANCY,
        amount,
        number);
  }

  @Test
  void writesAsGsonsReflectiveAdapterDoes() {
    Sample full = sample(7L, new BigDecimal("12.50"));
    Sample empty =
        new Sample(
            null, 0, false, 0, 0, '\0', null, null, null, null, null, null, null, null, null);
    Gson nulls = new GsonBuilder().serializeNulls().create();
    Gson generatedNulls = Adapters.of().on(nulls);
    Sample exact = sample(null, new BigDecimal("0.50"));
    for (Sample value : List.of(full, exact, empty)) {
      assertEquals(REFLECTIVE.toJson(value), GENERATED.toJson(value));
      assertEquals(nulls.toJson(value), generatedNulls.toJson(value));
    }
  }

  /** A BigDecimal subclass, written by the adapter of its own class when Gson writes it. */
  static final class Price extends BigDecimal {
    private static final long serialVersionUID = 1L;

    Price(String value) {
      super(value);
    }
  }

  @Test
  void leavesAComponentOfASubclassOfItsDeclaredTypeToGson() {
    TypeAdapter<Price> quoted =
        new TypeAdapter<>() {
          @Override
          public void write(JsonWriter out, Price value) throws IOException {
            out.value("price " + value.toPlainString());
          }

          @Override
          public Price read(JsonReader in) throws IOException {
            throw new AssertionError("not read");
          }
        };
    Gson withPrice = new GsonBuilder().registerTypeAdapter(Price.class, quoted).create();
    Sample priced = sample(Integer.valueOf(4), new Price("9.90"));

    String reflective = withPrice.toJson(priced);

    assertTrue(reflective.contains("\"amount\":\"price 9.90\""), reflective);
    assertEquals(reflective, Adapters.of().on(withPrice).toJson(priced));
  }

  @Test
  void readsAndWritesRecordsWhenGsonMayReflectOnNothing() {
    Gson noReflection =
        new GsonBuilder()
            .addReflectionAccessFilter(type -> ReflectionAccessFilter.FilterResult.BLOCK_ALL)
            .create();
    String json = "{\"value\":\"v\",\"numbers\":[1]}";
    assertThrows(JsonIOException.class, () -> noReflection.fromJson(json, Inner.class));

    Gson generated = Adapters.of().on(noReflection);

    Inner inner = generated.fromJson(json, Inner.class);
    assertEquals("v", inner.value());
    assertEquals(json, generated.toJson(inner));
  }

  @Test
  void letsTheApplicationsOwnAdapterForARecordWin() {
    TypeAdapter<Inner> constant =
        new TypeAdapter<>() {
          @Override
          public void write(JsonWriter out, Inner value) throws IOException {
            out.value("inner");
          }

          @Override
          public Inner read(JsonReader in) throws IOException {
            in.skipValue();
            return new Inner("from the application", null);
          }
        };
    Gson applications = new GsonBuilder().registerTypeAdapter(Inner.class, constant).create();

    Gson gson = Adapters.of().on(applications);

    Sample read = gson.fromJson("{\"inner\":{\"value\":\"ignored\"}}", Sample.class);
    assertEquals("from the application", read.inner().value());
    assertInstanceOf(RecordAdapter.class, gson.getAdapter(Sample.class));
    assertTrue(gson.toJson(read).contains("\"inner\":\"inner\""));
  }

  @Test
  void letsTheApplicationsDeserializerAndFactoryWin() {
    JsonDeserializer<Inner> deserializer = (json, type, context) -> new Inner("deserialized", null);
    TypeAdapterFactory factory =
        new TypeAdapterFactory() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Checked.class) {
              return null;
            }
            // an adapter of its own, built on the adapter of another type
            TypeAdapter<String> strings = gson.getAdapter(String.class);
            return (TypeAdapter<T>)
                new TypeAdapter<Checked>() {
                  @Override
                  public void write(JsonWriter out, Checked value) throws IOException {
                    strings.write(out, "checked");
                  }

                  @Override
                  public Checked read(JsonReader in) throws IOException {
                    return new Checked("factory " + strings.read(in));
                  }
                };
          }
        };
    Gson applications =
        new GsonBuilder()
            .registerTypeAdapter(Inner.class, deserializer)
            .registerTypeAdapterFactory(factory)
            .create();

    Gson gson = Adapters.of().on(applications);

    assertEquals("deserialized", gson.fromJson("{}", Inner.class).value());
    assertEquals("factory x", gson.fromJson("\"x\"", Checked.class).code());
    assertInstanceOf(RecordAdapter.class, gson.getAdapter(Sample.class));
  }

  @Test
  void leavesAGsonWithNamingOrExclusionRulesToReflection() {
    Gson naming =
        new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.UPPER_CAMEL_CASE).create();
    Gson exposing = new GsonBuilder().excludeFieldsWithoutExposeAnnotation().create();
    Gson versioned = new GsonBuilder().setVersion(1.0).create();
    Gson plain = new GsonBuilder().disableHtmlEscaping().create();

    assertSame(naming, Adapters.of().on(naming));
    assertSame(exposing, Adapters.of().on(exposing));
    assertSame(versioned, Adapters.of().on(versioned));
    assertNotSame(plain, Adapters.of().on(plain));
    assertEquals("t", Adapters.of().on(naming).fromJson("{\"Text\":\"t\"}", Sample.class).text());
  }

  @Test
  void refusesTwoComponentsOfOneJsonName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new RecordAdapter<>(
                    new RecordAccess<Inner>(
                        Inner.class,
                        RecordAccess.component("value", String.class),
                        RecordAccess.component("numbers", int[].class).named("value")) {
                      @Override
                      protected Inner create(Object[] values) {
                        throw new AssertionError();
                      }

                      @Override
                      protected Object component(Inner value, int index) {
                        throw new AssertionError();
                      }
                    },
                    REFLECTIVE,
                    NO_FACTORY));
    assertTrue(e.getMessage().contains("multiple JSON fields named 'value'"), e::getMessage);
  }

  @Test
  void obtainsEachComponentsAdapterOnceWhateverTheThreads() throws Exception {
    Gson gson = Adapters.of().build(REFLECTIVE.newBuilder());
    String json = "{\"inner\":{\"value\":\"v\"},\"inners\":[{\"value\":\"w\"}],\"count\":1}";
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> reads = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        reads.add(() -> gson.fromJson(json, Sample.class).inners().get(0).value());
      }
      for (Future<String> read : threads.invokeAll(reads, 30, TimeUnit.SECONDS)) {
        assertEquals("w", read.get());
      }
    } finally {
      threads.shutdownNow();
    }
    assertNull(gson.fromJson("null", Sample.class));
  }

  private static void assertSameOutcome(Callable<String> reflective, Callable<String> generated) {
    Object expected = outcome(reflective);
    Object actual = outcome(generated);
    assertEquals(expected, actual);
  }

  /** The value, or the exception's class and its cause's class. */
  private static Object outcome(Callable<String> decode) {
    try {
      return decode.call();
    } catch (Exception e) {
      Throwable cause = e.getCause();
      return e.getClass().getName()
          + (cause == null ? "" : " caused by " + cause.getClass().getName());
    }
  }

  @Test
  void reportsANullForAPrimitiveAsGsonDoes() {
    JsonParseException e =
        assertThrows(
            JsonParseException.class, () -> GENERATED.fromJson("{\"count\":null}", Sample.class));
    assertEquals(
        assertThrows(
                JsonParseException.class,
                () -> REFLECTIVE.fromJson("{\"count\":null}", Sample.class))
            .getMessage(),
        e.getMessage());
  }
}
