package io.vitrina.system.openapi;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, with a few lines of context around each change: how a
 * changed OpenAPI document is shown next to the committed one.
 */
public final class LineDiff {

  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 25_000_000L;

  private LineDiff() {}

  /** The diff of {@code before} and {@code after}; empty when they are equal. */
  public static String unified(String beforeName, String before, String afterName, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = List.of(before.split("\n", -1));
    List<String> b = List.of(after.split("\n", -1));
    List<String[]> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(beforeName).append('\n');
    out.append("+++ ").append(afterName).append('\n');
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i)[0].equals(" ")) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int quiet = 0;
      while (end < edits.size() && quiet <= 2 * CONTEXT) {
        quiet = edits.get(end)[0].equals(" ") ? quiet + 1 : 0;
        end++;
      }
      end = Math.min(edits.size(), end - Math.max(0, quiet - CONTEXT));
      int line = 1;
      for (int k = 0; k < start; k++) {
        if (!edits.get(k)[0].equals("+")) {
          line++;
        }
      }
      out.append("@@ line ").append(line).append(" @@\n");
      for (int k = start; k < end; k++) {
        out.append(edits.get(k)[0]).append(edits.get(k)[1]).append('\n');
      }
      i = end;
    }
    return out.toString();
  }

  /** Each line as {@code [" "|"-"|"+", text]}: a longest common subsequence between the ends. */
  private static List<String[]> edits(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> midA = a.subList(prefix, a.size() - suffix);
    List<String> midB = b.subList(prefix, b.size() - suffix);
    List<String[]> edits = new ArrayList<>();
    a.subList(0, prefix).forEach(line -> edits.add(new String[] {" ", line}));
    if ((long) midA.size() * midB.size() > MAX_CELLS) {
      midA.forEach(line -> edits.add(new String[] {"-", line}));
      midB.forEach(line -> edits.add(new String[] {"+", line}));
    } else {
      int[][] lcs = new int[midA.size() + 1][midB.size() + 1];
      for (int x = midA.size() - 1; x >= 0; x--) {
        for (int y = midB.size() - 1; y >= 0; y--) {
          lcs[x][y] =
              midA.get(x).equals(midB.get(y))
                  ? lcs[x + 1][y + 1] + 1
                  : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
        }
      }
      int x = 0;
      int y = 0;
      while (x < midA.size() || y < midB.size()) {
        if (x < midA.size() && y < midB.size() && midA.get(x).equals(midB.get(y))) {
          edits.add(new String[] {" ", midA.get(x++)});
          y++;
        } else if (x < midA.size() && (y == midB.size() || lcs[x + 1][y] >= lcs[x][y + 1])) {
          edits.add(new String[] {"-", midA.get(x++)});
        } else {
          edits.add(new String[] {"+", midB.get(y++)});
        }
      }
    }
    a.subList(a.size() - suffix, a.size()).forEach(line -> edits.add(new String[] {" ", line}));
    return edits;
  }
}
