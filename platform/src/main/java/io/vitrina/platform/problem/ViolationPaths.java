package io.vitrina.platform.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns a Bean Validation property path into the name of the input as the client wrote it.
 *
 * <p>A violation on a resource method parameter has a path such as {@code
 * register.request.addresses[0].country}: the method and parameter names are Java internals, so
 * they are dropped and {@code addresses[0].country} is left. A violation on a parameter itself (a
 * query parameter, a missing body) is named after the parameter.
 */
public final class ViolationPaths {

  private ViolationPaths() {}

  /** The readable field name for a violation path. */
  public static String readable(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      // The index or key of an element belongs to the container named before it.
      if (node.isInIterable() && field.length() > 0) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          field.append('[').append(position).append(']');
        }
      }
      String name = node.getName();
      if (name == null || name.startsWith("<")) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(name);
    }
    if (field.length() > 0) {
      return field.toString();
    }
    return parameter != null ? parameter : "";
  }

  /** Whether a violation is about what the server returned rather than what the client sent. */
  public static boolean isReturnValue(Path path) {
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }
}
