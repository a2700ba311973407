package io.vitrina.openshift;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The entries of a .tar.gz, as a container build's ADD unpacks them: regular files with their
 * bytes, directories with none. Reads POSIX ustar and GNU long names, which is what Liberty's
 * {@code server package} writes.
 */
final class TarArchive {
  private static final int BLOCK = 512;

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private TarArchive() {}

  static TarArchive read(Path file) throws IOException {
    TarArchive archive = new TarArchive();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      String longName = null;
      byte[] header = new byte[BLOCK];
      while (in.readNBytes(header, 0, BLOCK) == BLOCK && header[0] != 0) {
        String name = text(header, 0, 100);
        String prefix = text(header, 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
        String octalSize = text(header, 124, 12).trim();
        long size = octalSize.isEmpty() ? 0 : Long.parseLong(octalSize, 8);
        char type = (char) header[156];
        byte[] content = in.readNBytes((int) size);
        in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
        if (type == 'L') {
          longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
          continue;
        }
        if (longName != null) {
          name = longName;
          longName = null;
        }
        if (type == '0' || type == '\0') {
          archive.files.put(name, content);
        } else if (type == '5') {
          archive.files.put(name.endsWith("/") ? name : name + "/", null);
        }
      }
    }
    return archive;
  }

  /** Whether the archive holds this file, or this directory (a path ending in / or not). */
  boolean contains(String path) {
    String directory = path.endsWith("/") ? path : path + "/";
    return files.containsKey(path)
        || files.keySet().stream().anyMatch(name -> name.startsWith(directory));
  }

  byte[] file(String path) {
    return files.get(path);
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }
}
