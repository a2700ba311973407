package io.vitrina.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationPathsTest {

  @Test
  void shouldDropMethodAndParameterNamesOfABodyProperty() {
    Path path = path(method("register"), parameter("request"), property("email"));
    assertEquals("email", ViolationPaths.readable(path));
  }

  @Test
  void shouldKeepIndexesOfNestedListElements() {
    Path path =
        path(
            method("update"),
            parameter("profile"),
            property("addresses"),
            new Node("country", ElementKind.PROPERTY, true, 0, null));
    assertEquals("addresses[0].country", ViolationPaths.readable(path));
  }

  @Test
  void shouldNameSetElementsByTheirContainer() {
    Path path =
        path(
            method("assignRoles"),
            parameter("request"),
            property("roles"),
            new Node("<iterable element>", ElementKind.CONTAINER_ELEMENT, true, null, null));
    assertEquals("roles", ViolationPaths.readable(path));
  }

  @Test
  void shouldNameAParameterViolationAfterTheParameter() {
    assertEquals("size", ViolationPaths.readable(path(method("list"), parameter("size"))));
  }

  @Test
  void shouldRecogniseReturnValueViolations() {
    assertTrue(
        ViolationPaths.isReturnValue(
            path(
                method("get"),
                new Node("<return value>", ElementKind.RETURN_VALUE, false, null, null))));
    assertFalse(ViolationPaths.isReturnValue(path(method("get"), parameter("id"))));
  }

  static Node method(String name) {
    return new Node(name, ElementKind.METHOD, false, null, null);
  }

  static Node parameter(String name) {
    return new Node(name, ElementKind.PARAMETER, false, null, null);
  }

  static Node property(String name) {
    return new Node(name, ElementKind.PROPERTY, false, null, null);
  }

  static Path path(Path.Node... nodes) {
    List<Path.Node> list = List.of(nodes);
    return new Path() {
      @Override
      public Iterator<Node> iterator() {
        return list.iterator();
      }
    };
  }

  /** Just enough of a path node for the cleaner. */
  record Node(String name, ElementKind kind, boolean inIterable, Integer index, Object key)
      implements Path.Node {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isInIterable() {
      return inIterable;
    }

    @Override
    public Integer getIndex() {
      return index;
    }

    @Override
    public Object getKey() {
      return key;
    }

    @Override
    public ElementKind getKind() {
      return kind;
    }

    @Override
    public <T extends Path.Node> T as(Class<T> nodeType) {
      throw new UnsupportedOperationException();
    }
  }
}
