package io.github.bisnodeclient.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Reports compile errors for one {@code @BisnodeApi} interface and remembers whether there were
 * any, so that nothing is generated for an interface with errors.
 */
final class Diagnostics {
  private final Messager messager;
  private final @Nullable Trees trees;
  private int errors;

  Diagnostics(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.trees = treesOf(env);
  }

  /** javac's source trees, to point into repeated annotations; null under other compilers. */
  private static @Nullable Trees treesOf(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }

  /** An error on an element, such as a method or a parameter. */
  void error(Element element, String format, Object... args) {
    error(element, null, null, format, args);
  }

  /** An error on one annotation of an element. */
  void error(Element element, AnnotationMirror annotation, String format, Object... args) {
    error(element, annotation, null, format, args);
  }

  /**
   * An error on one value of an annotation, so that javac points at the value itself. Either
   * locator may be null; javac then points at the annotation or the element.
   */
  void error(
      Element element,
      @Nullable AnnotationMirror annotation,
      @Nullable AnnotationValue value,
      String format,
      Object... args) {
    errors++;
    String message = format(format, args);
    if (annotation == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    } else if (value == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }
  }

  /**
   * An error on the text of a fixed header. javac's {@code Messager} cannot find one of several
   * repeated {@code @Header}s in the source (they reach processors wrapped in a
   * {@code @Header.List} that has no source position), so those are found through javac's trees.
   */
  void error(FixedHeader header, String format, Object... args) {
    if (header.repeatIndex() >= 0 && trees != null) {
      TreePath path = trees.getPath(header.element());
      Tree value = path == null ? null : repeatedHeaderValue(path, header.repeatIndex());
      if (value != null) {
        errors++;
        trees.printMessage(
            Diagnostic.Kind.ERROR, format(format, args), value, path.getCompilationUnit());
        return;
      }
    }
    error(header.element(), header.annotation(), header.value(), format, args);
  }

  /** The value of the {@code index}-th {@code @Header} on the declaration at {@code path}. */
  private @Nullable Tree repeatedHeaderValue(TreePath path, int index) {
    Tree declaration = path.getLeaf();
    ModifiersTree modifiers =
        declaration instanceof ClassTree type
            ? type.getModifiers()
            : declaration instanceof MethodTree method ? method.getModifiers() : null;
    if (modifiers == null || trees == null) {
      return null;
    }
    TreePath modifiersPath = new TreePath(path, modifiers);
    int seen = 0;
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      TreePath annotationPath = new TreePath(modifiersPath, annotation);
      Element type = trees.getElement(new TreePath(annotationPath, annotation.getAnnotationType()));
      if (type instanceof TypeElement typeElement
          && typeElement.getQualifiedName().contentEquals(ApiParser.HEADER)
          && seen++ == index
          && annotation.getArguments().size() == 1) {
        ExpressionTree argument = annotation.getArguments().get(0);
        return argument instanceof AssignmentTree assignment
            ? assignment.getExpression()
            : argument;
      }
    }
    return null;
  }

  /**
   * A bug in the processor met while processing {@code element}: one error on it, with the stack
   * trace for the bug report, instead of a javac crash.
   */
  void crashed(Element element, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    error(
        element,
        "bisnode-processor failed on this interface: %s; please report it with this stack"
            + " trace:%n%s",
        e,
        trace);
  }

  /** The generated file or resource {@code name} could not be written. */
  void couldNotWrite(Element element, String name, Exception e) {
    error(
        element, "bisnode-processor could not write %s: %s", name, String.valueOf(e.getMessage()));
  }

  boolean hasErrors() {
    return errors > 0;
  }

  @SuppressWarnings("AnnotateFormatMethod") // every format string is a constant in this package
  private static String format(String format, Object... args) {
    return args.length == 0 ? format : String.format(format, args);
  }

  /** {@code text} as a Java string literal, so that messages show CR, LF and quotes plainly. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
