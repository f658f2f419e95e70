package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.bisnodeclient.processor.Compilations.lineOf;
import static io.github.bisnodeclient.processor.Compilations.source;

import com.google.gson.Gson;
import com.google.testing.compile.Compilation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor refuses exactly the body types Gson cannot produce: for each type of one table, the
 * processor's verdict is compared with what Gson does with that type at run time.
 */
class GsonReturnTypesTest {
  /** Body types, and whether Gson decodes into them. */
  private static final List<Case> CASES =
      List.of(
          new Case("Person", true),
          new Case("Color", true),
          new Case("Object", true),
          new Case("Person[]", true),
          new Case("List<Person>", true),
          new Case("Collection<String>", true),
          new Case("Set<String>", true),
          new Case("SortedSet<String>", true),
          new Case("NavigableSet<String>", true),
          new Case("Queue<String>", true),
          new Case("Deque<String>", true),
          new Case("AbstractList<String>", true),
          new Case("AbstractCollection<String>", true),
          new Case("ArrayList<String>", true),
          new Case("LinkedList<String>", true),
          new Case("EnumSet<Color>", true),
          new Case("Map<String, String>", true),
          new Case("SortedMap<String, String>", true),
          new Case("NavigableMap<String, String>", true),
          new Case("ConcurrentMap<String, String>", true),
          new Case("ConcurrentNavigableMap<String, String>", true),
          new Case("AbstractMap<String, String>", true),
          new Case("EnumMap<Color, String>", true),
          new Case("Number", true),
          new Case("Calendar", true),
          new Case("com.google.gson.JsonElement", true),
          new Case("Adapted", true),
          new Case("Iterable<String>", false),
          new Case("Iterator<String>", false),
          new Case("java.util.stream.Stream<String>", false),
          new Case("BlockingQueue<String>", false),
          new Case("BlockingDeque<String>", false),
          new Case("TransferQueue<String>", false),
          new Case("Map.Entry<String, String>", false),
          new Case("CharSequence", false),
          new Case("Comparable<String>", false),
          new Case("java.io.Serializable", false),
          new Case("Animal", false),
          new Case("Shape", false),
          new Case("Record", false),
          new Case("Class<?>", false),
          new Case("List<Iterable<String>>", false),
          new Case("Map<String, Animal>", false),
          new Case("List<Optional<String>>", false));

  private record Case(String type, boolean decodes) {}

  private static final String[] IMPORTS = {
    "package p;",
    "import io.github.bisnodeclient.annotations.*;",
    "import java.util.*;",
    "import java.util.concurrent.*;",
  };

  @Test
  void refusesExactlyTheBodyTypesGsonCannotProduce() throws Exception {
    List<String> api = new ArrayList<>(List.of(IMPORTS));
    api.add("@BisnodeApi(baseUrl = \"https://api.bisnode.com\")");
    api.add("public interface Bodies {");
    List<String> plain = new ArrayList<>(List.of(IMPORTS));
    plain.add("public interface Plain {");
    for (int i = 0; i < CASES.size(); i++) {
      api.add("  @Get(\"/x\") " + CASES.get(i).type() + " m" + i + "();");
      plain.add("  " + CASES.get(i).type() + " m" + i + "();");
    }
    api.add("}");
    plain.add("}");
    JavaFileObject apiFile = source("p.Bodies", api.toArray(new String[0]));
    JavaFileObject plainFile = source("p.Plain", plain.toArray(new String[0]));

    Compilation refused =
        Compilations.compileBesideOtherAnnotations(ReturnTypeErrorsTest.with(apiFile));
    Set<Long> refusedLines = new HashSet<>();
    for (Diagnostic<? extends JavaFileObject> error : refused.errors()) {
      assertWithMessage("%s", error).that(error.getMessage(Locale.ROOT)).contains("returns ");
      refusedLines.add(error.getLineNumber());
    }

    Compilation compiled =
        Compilations.compileBesideOtherAnnotations(ReturnTypeErrorsTest.with(plainFile));
    assertThat(compiled).succeededWithoutWarnings();
    Class<?> holder = new CompiledClasses(compiled).load("p.Plain");
    Gson gson = new Gson();
    for (int i = 0; i < CASES.size(); i++) {
      Case each = CASES.get(i);
      Method method = holder.getMethod("m" + i);
      boolean gsonDecodes = decodes(gson, method.getGenericReturnType(), method.getReturnType());
      boolean processorAccepts = !refusedLines.contains((long) lineOf(apiFile, " m" + i + "();"));
      assertWithMessage("Gson decodes %s", each.type()).that(gsonDecodes).isEqualTo(each.decodes());
      assertWithMessage("processor accepts %s", each.type())
          .that(processorAccepts)
          .isEqualTo(each.decodes());
    }
  }

  /**
   * Whether Gson turns some JSON text into an instance of {@code raw} for {@code type}. No text is
   * an empty array or object, which would leave the element type untried.
   */
  private static boolean decodes(Gson gson, Type type, Class<?> raw) {
    for (String json :
        List.of("[\"RED\"]", "[{\"RED\":\"1\"}]", "{\"RED\":\"1\"}", "\"RED\"", "1")) {
      try {
        Object value = gson.fromJson(json, type);
        if (value != null && raw.isInstance(value)) {
          return true;
        }
      } catch (RuntimeException e) {
        // this text does not fit; try the next
      }
    }
    return false;
  }
}
