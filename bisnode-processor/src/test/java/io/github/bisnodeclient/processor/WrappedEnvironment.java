package io.github.bisnodeclient.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac's processing environment with two seams for tests: it records every source file the
 * processor creates with its originating elements, and it can make {@code getTypeUtils()} throw,
 * standing in for a bug inside the processor.
 */
final class WrappedEnvironment implements ProcessingEnvironment {
  /** One {@code Filer.createSourceFile} call. */
  record Created(String name, List<Element> originatingElements) {}

  private final ProcessingEnvironment delegate;
  private final boolean typeUtilsThrow;
  private final List<Created> created;

  private WrappedEnvironment(
      ProcessingEnvironment delegate, boolean typeUtilsThrow, List<Created> created) {
    this.delegate = delegate;
    this.typeUtilsThrow = typeUtilsThrow;
    this.created = created;
  }

  /**
   * A processor that runs {@link BisnodeApiProcessor} in a wrapped environment.
   *
   * @param typeUtilsThrow whether {@code getTypeUtils()} throws
   * @param created receives every created source file
   */
  static AbstractProcessor processor(boolean typeUtilsThrow, List<Created> created) {
    BisnodeApiProcessor processor = new BisnodeApiProcessor();
    return new AbstractProcessor() {
      @Override
      public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        processor.init(new WrappedEnvironment(env, typeUtilsThrow, created));
      }

      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return processor.process(annotations, round);
      }
    };
  }

  @Override
  public Map<String, String> getOptions() {
    return delegate.getOptions();
  }

  @Override
  public Messager getMessager() {
    return delegate.getMessager();
  }

  @Override
  public Filer getFiler() {
    Filer filer = delegate.getFiler();
    return new Filer() {
      @Override
      public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
          throws IOException {
        created.add(
            new Created(name.toString(), new ArrayList<>(Arrays.asList(originatingElements))));
        return filer.createSourceFile(name, originatingElements);
      }

      @Override
      public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
          throws IOException {
        return filer.createClassFile(name, originatingElements);
      }

      @Override
      public FileObject createResource(
          JavaFileManager.Location location,
          CharSequence moduleAndPkg,
          CharSequence relativeName,
          Element... originatingElements)
          throws IOException {
        return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
      }

      @Override
      public FileObject getResource(
          JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
          throws IOException {
        return filer.getResource(location, moduleAndPkg, relativeName);
      }
    };
  }

  @Override
  public Elements getElementUtils() {
    return delegate.getElementUtils();
  }

  @Override
  public Types getTypeUtils() {
    if (typeUtilsThrow) {
      throw new IllegalStateException("simulated bug");
    }
    return delegate.getTypeUtils();
  }

  @Override
  public SourceVersion getSourceVersion() {
    return delegate.getSourceVersion();
  }

  @Override
  public Locale getLocale() {
    return delegate.getLocale();
  }
}
