package io.github.bisnodeclient.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code Bisnode<Name>}, the implementation of each interface annotated {@code @BisnodeApi},
 * and turns every misuse of the annotations into a compile error on the element at fault. Nothing
 * is generated for an interface with errors.
 *
 * <p>For each record an interface reads or writes ({@link RecordParser}) it writes {@code
 * BisnodeJson_<Record>}, how the runtime's type adapter constructs and reads it, next to a record
 * of this compilation and once for all interfaces ({@link AccessWriter}).
 *
 * <p>It also lists every interface it wrote a client for in {@value #INDEX}, one binary name a
 * line, so that the runtime (and the Spring Boot starter) find the APIs of an application without
 * scanning the class path. Entries of earlier compilations into the same output stay while their
 * interface still exists and was not compiled again, so incremental builds keep a complete list.
 *
 * <p>javac finds it on the annotation processor path through {@code META-INF/services}; Gradle
 * treats it as an aggregating processor, since the index depends on every interface.
 */
@AutoService(Processor.class)
public final class BisnodeApiProcessor extends AbstractProcessor {
  /**
   * Interfaces whose signatures name a type that does not exist yet, by qualified name; another
   * processor may generate it in a later round.
   */
  private final Map<String, String> deferred = new LinkedHashMap<>();

  /** Where the interfaces with a generated client are listed, relative to the class output. */
  static final String INDEX = "META-INF/bisnode/apis";

  /** Interfaces whose client this compilation wrote, by binary name. */
  private final Map<String, TypeElement> written = new TreeMap<>();

  /**
   * Binary names of every type this compilation saw in source, to tell stale index entries and the
   * records whose access class may be written next to them.
   */
  private final Set<String> compiled = new HashSet<>();

  /** The access classes written for records of this compilation, by the record's binary name. */
  private final Map<String, ClassName> shared = new HashMap<>();

  /**
   * The java.lang names each package's types hide, for {@link ClientWriter}: found once per package
   * and round, as a round may add types to a package.
   */
  private final Map<PackageElement, List<String>> shadowedByPackage = new HashMap<>();

  /** Creates the processor; javac does so through {@link java.util.ServiceLoader}. */
  public BisnodeApiProcessor() {}

  /**
   * {@code @BisnodeApi}, the annotations inside such an interface, and the {@code @Generated} on
   * the classes this processor writes: it claims them all, so that javac's {@code
   * -Xlint:processing} has no unclaimed annotation to warn about and users can build with {@code
   * -Xlint:all -Werror}.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        ApiParser.BISNODE_API,
        ApiParser.GET,
        ApiParser.POST,
        ApiParser.PUT,
        ApiParser.DELETE,
        ApiParser.PATCH,
        ApiParser.IDEMPOTENT,
        ApiParser.TIMEOUT,
        ApiParser.PATH,
        ApiParser.QUERY,
        ApiParser.QUERY_MAP,
        ApiParser.HEADER,
        ApiParser.HEADER_LIST,
        ApiParser.BODY,
        ClientWriter.GENERATED.canonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  // Claiming our own annotations keeps javac's "no processor claimed" warning out of builds that
  // run with -Xlint:all -Werror; no other processor has a use for them.
  @SuppressWarnings("DoNotClaimAnnotations")
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    shadowedByPackage.clear();
    Elements elements = processingEnv.getElementUtils();
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      collectCompiled(elements, type);
    }
    List<TypeElement> apis = new ArrayList<>();
    for (String name : deferred.keySet()) {
      TypeElement api = elements.getTypeElement(name);
      if (api != null) {
        apis.add(api);
      }
    }
    deferred.clear();
    TypeElement marker = elements.getTypeElement(ApiParser.BISNODE_API);
    if (marker != null) {
      for (Element element : round.getElementsAnnotatedWith(marker)) {
        if (element instanceof TypeElement api && !apis.contains(api)) {
          apis.add(api);
        }
      }
    }
    for (TypeElement api : apis) {
      processSafely(api);
    }
    if (round.processingOver()) {
      for (Map.Entry<String, String> entry : deferred.entrySet()) {
        TypeElement api = elements.getTypeElement(entry.getKey());
        if (api != null) {
          new ApiValidator(elements, processingEnv.getTypeUtils(), new Diagnostics(processingEnv))
              .reportUnresolved(api, entry.getValue());
        }
      }
      deferred.clear();
      writeIndex();
    }
    return true;
  }

  /** {@code type} and the types nested in it, as compiled in this round. */
  private void collectCompiled(Elements elements, TypeElement type) {
    compiled.add(elements.getBinaryName(type).toString());
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      collectCompiled(elements, nested);
    }
  }

  /** One interface: an unexpected exception becomes one error on it, never a javac crash. */
  private void processSafely(TypeElement api) {
    try {
      process(api);
    } catch (RuntimeException | Error e) {
      new Diagnostics(processingEnv).crashed(api, e);
    }
  }

  private void process(TypeElement api) {
    AnnotationMirror annotation = findAnnotation(api);
    if (annotation == null) {
      return;
    }
    Elements elements = processingEnv.getElementUtils();
    Types types = processingEnv.getTypeUtils();
    Diagnostics diagnostics = new Diagnostics(processingEnv);
    ApiModel model = new ApiParser(elements, types).parse(api, annotation);
    switch (new ApiValidator(elements, types, diagnostics).validate(model)) {
      case DEFERRED ->
          deferred.put(
              api.getQualifiedName().toString(),
              Objects.requireNonNullElse(model.unresolved(), "a type"));
      case INVALID -> {}
      case VALID -> {
        try {
          List<RecordModel> records = new RecordParser(elements, types).parse(model);
          new ClientWriter(elements, types, shadowedByPackage)
              .write(model, records, shareAccesses(records))
              .writeTo(processingEnv.getFiler());
          written.put(elements.getBinaryName(api).toString(), api);
        } catch (IOException e) {
          diagnostics.couldNotWrite(api, model.generatedName().canonicalName(), e);
        }
      }
    }
  }

  /**
   * The shared access classes of those of {@code records} that this compilation compiles, written
   * once each, whichever interfaces need them: the others get one nested in their client.
   */
  private Map<TypeElement, ClassName> shareAccesses(List<RecordModel> records) {
    Elements elements = processingEnv.getElementUtils();
    Map<TypeElement, ClassName> result = new HashMap<>();
    for (RecordModel record : records) {
      TypeElement element = record.element();
      String binary = elements.getBinaryName(element).toString();
      ClassName name = shared.get(binary);
      if (name == null && compiled.contains(binary)) {
        ClassName candidate = AccessWriter.sharedName(element);
        if (elements.getTypeElement(candidate.canonicalName()) == null) {
          try {
            new AccessWriter(elements, new TypeCode(elements, processingEnv.getTypeUtils()))
                .shared(record, candidate)
                .writeTo(processingEnv.getFiler());
            name = candidate;
            shared.put(binary, candidate);
          } catch (IOException e) {
            // a file of that name exists already (another record's of the same name, or an
            // earlier compilation's): the client nests an access of its own instead
            name = null;
          }
        }
      }
      if (name != null) {
        result.put(element, name);
      }
    }
    return result;
  }

  /**
   * Writes {@link #INDEX}: the interfaces of this compilation, and those of the index an earlier
   * compilation left in the class output whose interface still exists and was not compiled now (a
   * recompiled interface is listed again only if it still has a client), as Spring's {@code
   * CandidateComponentsIndexer} merges its index.
   */
  private void writeIndex() {
    Filer filer = processingEnv.getFiler();
    Elements elements = processingEnv.getElementUtils();
    Set<String> names = new TreeSet<>(written.keySet());
    for (String earlier : readIndex(filer)) {
      if (!compiled.contains(earlier) && elements.getTypeElement(canonicalOf(earlier)) != null) {
        names.add(earlier);
      }
    }
    if (names.isEmpty()) {
      return;
    }
    Element[] origins = written.values().toArray(new Element[0]);
    try {
      FileObject index = filer.createResource(StandardLocation.CLASS_OUTPUT, "", INDEX, origins);
      try (Writer out = new OutputStreamWriter(index.openOutputStream(), StandardCharsets.UTF_8)) {
        for (String name : names) {
          out.write(name);
          out.write('\n');
        }
      }
    } catch (IOException e) {
      Element first = origins.length > 0 ? origins[0] : null;
      if (first != null) {
        new Diagnostics(processingEnv).couldNotWrite(first, INDEX, e);
      }
    }
  }

  /** The entries of an index an earlier compilation wrote into the class output; none if none. */
  private static List<String> readIndex(Filer filer) {
    List<String> names = new ArrayList<>();
    try {
      FileObject index = filer.getResource(StandardLocation.CLASS_OUTPUT, "", INDEX);
      try (InputStream in = index.openInputStream();
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            names.add(line.strip());
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // the first compilation into this output, or an output javac cannot read back from
      return List.of();
    }
    return names;
  }

  /** The canonical name javac looks a type up by: nested types joined by dots. */
  private static String canonicalOf(String binaryName) {
    return binaryName.replace('$', '.');
  }

  private static @Nullable AnnotationMirror findAnnotation(TypeElement api) {
    for (AnnotationMirror mirror : api.getAnnotationMirrors()) {
      if (ApiParser.nameOf(mirror).equals(ApiParser.BISNODE_API)) {
        return mirror;
      }
    }
    return null;
  }
}
