package io.github.bisnodeclient.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.api;
import static io.github.bisnodeclient.processor.Compilations.assertOneErrorAt;
import static io.github.bisnodeclient.processor.Compilations.compile;
import static io.github.bisnodeclient.processor.Compilations.compileBesideOtherAnnotations;
import static io.github.bisnodeclient.processor.Compilations.person;
import static io.github.bisnodeclient.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Return types the runtime cannot produce, each refused on its method with what is allowed. */
class ReturnTypeErrorsTest {
  private static final String ALLOWED =
      "allowed are T, Optional<T>, BisnodeResponse<T>, void, String, byte[], InputStream, or"
          + " CompletableFuture<X> where X is T, Optional<T>, BisnodeResponse<T>, String, byte[]"
          + " or Void; T is a class, record, enum, array or parameterized type without type"
          + " variables or raw types, and an interface or abstract class only where Gson creates"
          + " one: Collection, List, Set, SortedSet, NavigableSet, Queue, Deque, Map, SortedMap,"
          + " NavigableMap, ConcurrentMap, ConcurrentNavigableMap, EnumSet, Number, Calendar,"
          + " JsonElement, or a type annotated @JsonAdapter";

  private static JavaFileObject returning(String type) {
    return api(
        "Companies",
        "import java.util.concurrent.*;",
        "import java.util.stream.Stream;",
        "import java.io.FileInputStream;",
        "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
        "public interface Companies {",
        "  @Get(\"/x\") " + type + " get();",
        "}");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          List => java.util.List, which is not supported: java.util.List is a raw type; give its type arguments
          Map<String, List> => java.util.Map<java.lang.String,java.util.List>, which is not supported: java.util.List is a raw type; give its type arguments
          Optional => java.util.Optional, which is not supported: Optional is a raw type; name what it holds, as in Optional<Person>
          BisnodeResponse => io.github.bisnodeclient.runtime.BisnodeResponse, which is not supported: BisnodeResponse is a raw type; name what it holds, as in BisnodeResponse<Person>
          CompletableFuture => java.util.concurrent.CompletableFuture, which is not supported: CompletableFuture is a raw type; name what it completes with
          Optional<Optional<Person>> => java.util.Optional<java.util.Optional<p.Person>>, which is not supported: Optional must not hold an Optional or a BisnodeResponse
          Optional<BisnodeResponse<Person>> => which is not supported: Optional must not hold an Optional or a BisnodeResponse
          BisnodeResponse<Optional<Person>> => which is not supported: BisnodeResponse must not hold an Optional or a BisnodeResponse
          CompletableFuture<InputStream> => which is not supported: a stream cannot be handed over asynchronously; return InputStream, or CompletableFuture<byte[]>
          CompletableFuture<CompletableFuture<Person>> => which is not supported: CompletableFuture is allowed only as the outermost type
          CompletableFuture<Future<Person>> => which is not supported: only CompletableFuture is supported for asynchronous calls, not java.util.concurrent.Future
          Future<Person> => java.util.concurrent.Future<p.Person>, which is not supported: only CompletableFuture is supported for asynchronous calls, not java.util.concurrent.Future
          CompletionStage<Person> => which is not supported: only CompletableFuture is supported for asynchronous calls, not java.util.concurrent.CompletionStage
          FutureTask<Person> => which is not supported: only CompletableFuture is supported for asynchronous calls, not java.util.concurrent.FutureTask
          BisnodeResponse<InputStream> => which is not supported: BisnodeResponse must not hold an InputStream; return InputStream itself
          Optional<InputStream> => which is not supported: Optional must not hold an InputStream; return InputStream itself
          FileInputStream => which is not supported: a stream is returned as java.io.InputStream, not java.io.FileInputStream
          Optional<?> => which is not supported: the wildcard ? does not say what to decode
          Optional<? extends Person> => which is not supported: the wildcard ? extends p.Person does not say what to decode
          CompletableFuture<?> => which is not supported: the wildcard ? does not say what to decode
          Optional<Void> => which is not supported: Optional<Void> is always empty; return void
          CompletableFuture<Optional<Optional<Person>>> => which is not supported: Optional must not hold an Optional or a BisnodeResponse
          CompletableFuture<BisnodeResponse<InputStream>> => which is not supported: BisnodeResponse must not hold an InputStream; return InputStream itself
          Optional<CompletableFuture<Person>> => which is not supported: CompletableFuture is allowed only as the outermost type
          Stream<Person> => java.util.stream.Stream<p.Person>, which is not supported: Gson cannot create the interface java.util.stream.Stream<p.Person>
          Iterator<Person> => which is not supported: Gson cannot create the interface java.util.Iterator<p.Person>
          Iterable<Person> => which is not supported: Gson cannot create the interface java.lang.Iterable<p.Person>
          BlockingQueue<Person> => which is not supported: Gson cannot create the interface java.util.concurrent.BlockingQueue<p.Person>
          CharSequence => which is not supported: Gson cannot create the interface java.lang.CharSequence
          Shape => which is not supported: Gson cannot create the abstract class p.Shape
          Optional<Shape> => which is not supported: Gson cannot create the abstract class p.Shape
          CompletableFuture<Animal> => which is not supported: Gson cannot create the interface p.Animal
          List<Stream<Person>> => which is not supported: Gson cannot create the interface java.util.stream.Stream<p.Person>
          Map<String, Iterable<Person>> => which is not supported: Gson cannot create the interface java.lang.Iterable<p.Person>
          Animal[] => which is not supported: Gson cannot create the interface p.Animal
          List<? extends Animal> => which is not supported: Gson cannot create the interface p.Animal
          Class<?> => which is not supported: Gson does not decode java.lang.Class
          List<Optional<Person>> => which is not supported: Optional is allowed only around the whole body, not inside it
          List<CompletableFuture<Person>> => which is not supported: CompletableFuture is allowed only as the outermost type
          """)
  void refusesAnUnsupportedReturnTypeOnTheMethodListingWhatIsAllowed(String type, String message) {
    JavaFileObject file = returning(type);
    Compilation compilation = compileBesideOtherAnnotations(with(file));
    assertOneErrorAt(compilation, file, "get() returns ", "get()", "get()");
    assertThat(compilation).hadErrorContaining(message.strip() + "; " + ALLOWED);
  }

  @Test
  void refusesATypeVariableLeftOpenByARawSuperInterface() {
    JavaFileObject file =
        api(
            "Companies",
            "interface Crud<T> { @Get(\"/x\") List<T> all(); }",
            "@BisnodeApi(baseUrl = \"https://api.bisnode.com\")",
            "@SuppressWarnings(\"rawtypes\")",
            "public interface Companies extends Crud {}");
    assertOneErrorAt(
        compile(file),
        file,
        "all() returns java.util.List, which is not supported: java.util.List is a raw type",
        "List<T> all()",
        "all");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Person
          int
          boolean
          Void
          Person[]
          int[]
          List<Person>[]
          List<? extends Person>
          Map<String, List<Person>>
          Optional<String>
          Optional<byte[]>
          Optional<List<Person>>
          BisnodeResponse<Void>
          BisnodeResponse<String>
          BisnodeResponse<List<Person>>
          CompletableFuture<Void>
          CompletableFuture<String>
          CompletableFuture<byte[]>
          CompletableFuture<List<Person>>
          CompletableFuture<Optional<Person>>
          CompletableFuture<BisnodeResponse<Person>>
          Object
          Color
          Collection<Person>
          Set<Person>
          SortedSet<String>
          NavigableSet<String>
          Queue<Person>
          Deque<Person>
          AbstractList<Person>
          SortedMap<String, Person>
          NavigableMap<String, List<Person>>
          ConcurrentMap<String, Person>
          ConcurrentNavigableMap<String, Person>
          EnumSet<Color>
          EnumMap<Color, Person>
          Number
          Calendar
          com.google.gson.JsonElement
          Adapted
          Optional<Adapted>
          ArrayList<Person>
          """)
  void acceptsEverySupportedReturnTypeWithoutAWarning(String type) {
    assertThat(compileBesideOtherAnnotations(with(returning(type)))).succeededWithoutWarnings();
  }

  static JavaFileObject[] with(JavaFileObject file) {
    JavaFileObject[] models = models();
    JavaFileObject[] all = java.util.Arrays.copyOf(models, models.length + 1);
    all[models.length] = file;
    return all;
  }

  /** Model types Gson can and cannot create: an enum, an abstract class, interfaces. */
  static JavaFileObject[] models() {
    return new JavaFileObject[] {
      person(),
      source("p.Color", "package p;", "public enum Color { RED }"),
      source("p.Shape", "package p;", "public abstract class Shape { int sides; }"),
      source("p.Animal", "package p;", "public interface Animal { String name(); }"),
      source(
          "p.Adapted",
          "package p;",
          "import com.google.gson.TypeAdapter;",
          "import com.google.gson.annotations.JsonAdapter;",
          "import com.google.gson.stream.*;",
          "@JsonAdapter(Adapted.Adapter.class)",
          "public interface Adapted {",
          "  String name();",
          "  final class Adapter extends TypeAdapter<Adapted> {",
          "    @Override public void write(JsonWriter out, Adapted value)",
          "        throws java.io.IOException {",
          "      out.value(value.name());",
          "    }",
          "    @Override public Adapted read(JsonReader in) throws java.io.IOException {",
          "      String name = in.nextString();",
          "      return () -> name;",
          "    }",
          "  }",
          "}")
    };
  }
}
