package io.vitrina.stack.monitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Prometheus text exposition format (version 0.0.4) that MicroProfile Metrics serves on
 * {@code /metrics}: one sample per line, {@code name{label="value",...} number}, comments and blank
 * lines ignored. A line that is not a sample is skipped rather than failing the whole scrape.
 */
public final class PrometheusText {
  private PrometheusText() {}

  /** One sample: a metric name, its labels in the order served, and its value. */
  public record Sample(String name, Map<String, String> labels, double value) {
    public Sample {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** The label's value, or the empty string when the sample has no such label. */
    public String label(String key) {
      return labels.getOrDefault(key, "");
    }
  }

  /** Every sample of the text, in order. */
  public static List<Sample> parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Sample sample = sample(line);
      if (sample != null) {
        samples.add(sample);
      }
    }
    return samples;
  }

  private static Sample sample(String line) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    Map<String, String> labels = new LinkedHashMap<>();
    String name;
    int rest;
    if (brace >= 0 && (space < 0 || brace < space)) {
      name = line.substring(0, brace);
      rest = labels(line, brace + 1, labels);
      if (rest < 0) {
        return null;
      }
    } else if (space > 0) {
      name = line.substring(0, space);
      rest = space;
    } else {
      return null;
    }
    String[] tail = line.substring(rest).strip().split("\\s+");
    if (name.isEmpty() || tail.length == 0 || tail[0].isEmpty()) {
      return null;
    }
    try {
      return new Sample(name, labels, value(tail[0]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Reads labels up to the closing brace; returns the index after it, or -1 if malformed. */
  private static int labels(String line, int from, Map<String, String> labels) {
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '}') {
        return i + 1;
      }
      if (c == ',' || c == ' ') {
        i++;
        continue;
      }
      int equals = line.indexOf('=', i);
      if (equals < 0 || equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
        return -1;
      }
      String key = line.substring(i, equals).strip();
      StringBuilder value = new StringBuilder();
      int j = equals + 2;
      boolean closed = false;
      while (j < line.length()) {
        char v = line.charAt(j);
        if (v == '\\' && j + 1 < line.length()) {
          char next = line.charAt(j + 1);
          value.append(next == 'n' ? '\n' : next);
          j += 2;
        } else if (v == '"') {
          closed = true;
          j++;
          break;
        } else {
          value.append(v);
          j++;
        }
      }
      if (!closed) {
        return -1;
      }
      labels.put(key, value.toString());
      i = j;
    }
    return -1;
  }

  private static double value(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }
}
