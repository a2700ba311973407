package io.vitrina.platform.report;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: fields separated by commas, records ended by CRLF, and a field
 * that holds a comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled.
 *
 * <p>Text cells are also neutralised against CSV (formula) injection: a spreadsheet runs a cell
 * that starts with {@code = + - @}, a tab or CR as a formula, so such a cell gets a single quote in
 * front, which spreadsheets show as text. Numbers and booleans are written as they are: they are
 * the report's own values, and a negative number must stay a number. The characters themselves are
 * whatever the underlying {@link Writer} encodes (UTF-8 for reports).
 */
public final class CsvWriter implements Flushable, Closeable {

  private static final String RECORD_END = "\r\n";

  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  /** One record; {@code null} cells are empty. */
  public void row(Object... cells) throws IOException {
    row(Arrays.asList(cells));
  }

  /** One record; {@code null} cells are empty. */
  public void row(List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(cells.get(i)));
    }
    out.write(RECORD_END);
  }

  /** How one value is written as a field. */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      // Never the exponent form (1E+3) that BigDecimal.toString may choose.
      return amount.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value instanceof Enum<?> constant ? constant.name() : value.toString();
    return quoted(neutralised(text));
  }

  /** A text that a spreadsheet would run as a formula, made plain text. */
  static String neutralised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }

  private static String quoted(String text) {
    boolean needsQuotes = false;
    for (int i = 0; i < text.length() && !needsQuotes; i++) {
      char c = text.charAt(i);
      needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
