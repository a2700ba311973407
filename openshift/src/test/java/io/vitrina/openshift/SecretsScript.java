package io.vitrina.openshift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets {@code openshift/secrets.sh} creates, and their keys: the manifests refer to them,
 * and they are never committed, so the script is where the tests find them. A key created from a
 * file whose name is chosen at run time (the signing key) is recorded as {@code *}.
 */
final class SecretsScript {
  private static final Pattern ENSURE = Pattern.compile("^\\s*ensure_secret (\\S+)(.*)$");
  private static final Pattern LITERAL = Pattern.compile("--from-literal=([A-Za-z0-9_.-]+)=");
  private static final Pattern FILE = Pattern.compile("--from-file=(?:([A-Za-z0-9_.-]+)=)?");

  private SecretsScript() {}

  static Map<String, Set<String>> secrets() {
    String script;
    try {
      script = Files.readString(Repository.openshift().resolve("secrets.sh"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> secrets = new LinkedHashMap<>();
    for (String command : script.replace("\\\n", " ").split("\n")) {
      Matcher ensure = ENSURE.matcher(command);
      if (!ensure.matches() || ensure.group(1).startsWith("\"")) {
        continue;
      }
      Set<String> keys = secrets.computeIfAbsent(ensure.group(1), n -> new TreeSet<>());
      Matcher literal = LITERAL.matcher(ensure.group(2));
      while (literal.find()) {
        keys.add(literal.group(1));
      }
      Matcher file = FILE.matcher(ensure.group(2));
      while (file.find()) {
        keys.add(file.group(1) == null ? "*" : file.group(1));
      }
    }
    return secrets;
  }
}
