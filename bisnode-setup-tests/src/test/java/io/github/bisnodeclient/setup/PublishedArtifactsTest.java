package io.github.bisnodeclient.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What users' build tools expect of every published module: a line in bisnode-bom, a -sources.jar,
 * a -javadoc.jar and a module name. A module is published unless its pom sets {@code
 * maven.deploy.skip}.
 */
class PublishedArtifactsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theBomListsEveryPublishedModuleAndNothingElse() throws Exception {
    Set<String> inBom = new TreeSet<>();
    Element bom = pom(ROOT.resolve("bisnode-bom/pom.xml"));
    NodeList managed = bom.getElementsByTagName("dependency");
    for (int i = 0; i < managed.getLength(); i++) {
      Element dependency = (Element) managed.item(i);
      assertEquals("io.github.bisnodeclient", text(dependency, "groupId"));
      assertEquals("${project.version}", text(dependency, "version"));
      inBom.add(text(dependency, "artifactId"));
    }
    assertEquals(text(pom(ROOT.resolve("pom.xml")), "version"), text(bom, "version"));
    assertEquals(new TreeSet<>(published()), inBom);
  }

  @Test
  void everyPublishedModuleShipsSourcesJavadocAndAModuleName() throws Exception {
    List<String> modules = published();
    assertTrue(
        modules.containsAll(List.of("bisnode-annotations", "bisnode-runtime")), modules.toString());
    for (String module : modules) {
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      assertTrue(pom.contains("<artifactId>maven-source-plugin</artifactId>"), module);
      assertTrue(pom.contains("<artifactId>maven-javadoc-plugin</artifactId>"), module);
      assertTrue(
          pom.contains(
              "<automatic.module.name>io.github.bisnodeclient."
                  + module.substring("bisnode-".length()).replace('-', '.')
                  + "</automatic.module.name>"),
          module);
    }
  }

  /** The root pom's modules, less the BOM itself and those never deployed. */
  private static List<String> published() throws Exception {
    List<String> published = new ArrayList<>();
    NodeList modules = pom(ROOT.resolve("pom.xml")).getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().strip();
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      if (!module.equals("bisnode-bom")
          && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(module);
      }
    }
    return published;
  }

  private static Element pom(Path file) throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }

  /** The text of a direct child element. */
  private static String text(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
        return child.getTextContent().strip();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }
}
