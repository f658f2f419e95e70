package io.github.bisnodeclient.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code Bisnode<Name>}, the implementation of each interface annotated {@code @BisnodeApi},
 * and turns every misuse of the annotations into a compile error on the element at fault. Nothing
 * is generated for an interface with errors.
 *
 * <p>javac finds it on the annotation processor path through {@code META-INF/services}; Gradle
 * treats it as an isolating processor: each generated file depends on one interface only.
 */
@AutoService(Processor.class)
public final class BisnodeApiProcessor extends AbstractProcessor {
  /**
   * Interfaces whose signatures name a type that does not exist yet, by qualified name; another
   * processor may generate it in a later round.
   */
  private final Map<String, String> deferred = new LinkedHashMap<>();

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
    Elements elements = processingEnv.getElementUtils();
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
        processingEnv
            .getMessager()
            .printMessage(
                Diagnostic.Kind.ERROR,
                "bisnode-processor could not write the client of "
                    + entry.getKey()
                    + " because "
                    + entry.getValue()
                    + " could not be resolved",
                api);
      }
      deferred.clear();
    }
    return true;
  }

  /** One interface: an unexpected exception becomes one error on it, never a javac crash. */
  private void processSafely(TypeElement api) {
    try {
      process(api);
    } catch (RuntimeException | StackOverflowError e) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              "bisnode-processor failed on this interface: " + e + "; please report it",
              api);
    }
  }

  private void process(TypeElement api) {
    Elements elements = processingEnv.getElementUtils();
    Types types = processingEnv.getTypeUtils();
    Diagnostics diagnostics = new Diagnostics(processingEnv);
    AnnotationMirror annotation = findAnnotation(api);
    if (annotation == null) {
      return;
    }
    ApiValidator validator = new ApiValidator(elements, types, diagnostics);
    if (!validator.validateTarget(api, annotation)) {
      return;
    }
    ApiParser parser = new ApiParser(elements, types);
    String unresolved = parser.unresolvedType(api);
    if (unresolved != null) {
      deferred.put(api.getQualifiedName().toString(), unresolved);
      return;
    }
    ApiModel model = parser.parse(api, annotation);
    validator.validate(model);
    if (diagnostics.hasErrors()) {
      return;
    }
    try {
      new ClientWriter(elements, types).write(model).writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      diagnostics.error(
          api,
          "bisnode-processor could not write %s: %s",
          model.generatedName().canonicalName(),
          String.valueOf(e.getMessage()));
    }
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
