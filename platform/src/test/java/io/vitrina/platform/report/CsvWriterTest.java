package io.vitrina.platform.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static String csv(Object... cells) throws IOException {
    StringWriter out = new StringWriter();
    new CsvWriter(out).row(cells);
    return out.toString();
  }

  @Test
  void shouldSeparateFieldsWithCommasAndEndRecordsWithCrLf() throws IOException {
    assertEquals("a,b,c\r\n", csv("a", "b", "c"));
  }

  @Test
  void shouldQuoteFieldsHoldingCommasQuotesOrLineBreaks() throws IOException {
    assertEquals("\"a,b\"\r\n", csv("a,b"));
    assertEquals("\"say \"\"hi\"\"\"\r\n", csv("say \"hi\""));
    assertEquals("\"two\nlines\"\r\n", csv("two\nlines"));
    assertEquals("\"cr\rhere\"\r\n", csv("cr\rhere"));
  }

  @Test
  void shouldLeavePlainFieldsUnquoted() throws IOException {
    assertEquals(
        "plain text,with spaces ,'quote'\r\n", csv("plain text", "with spaces ", "'quote'"));
  }

  @Test
  void shouldWriteNullAsEmptyField() throws IOException {
    assertEquals(",x,\r\n", csv(null, "x", null));
  }

  @Test
  void shouldNeutraliseCellsThatSpreadsheetsRunAsFormulas() throws IOException {
    assertEquals("'=1+2\r\n", csv("=1+2"));
    assertEquals("'+1\r\n", csv("+1"));
    assertEquals("'-1\r\n", csv("-1"));
    assertEquals("'@SUM(A1)\r\n", csv("@SUM(A1)"));
    assertEquals("'\tx\r\n", csv("\tx"));
    assertEquals("\"'\rx\"\r\n", csv("\rx"));
  }

  @Test
  void shouldNeutraliseBeforeQuotingSoTheQuoteStaysInsideTheField() throws IOException {
    assertEquals(
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n", csv("=HYPERLINK(\"http://x\",\"y\")"));
  }

  @Test
  void shouldNotNeutraliseFormulaCharactersAfterTheStart() throws IOException {
    assertEquals("a=b,x-1,mail@example.com\r\n", csv("a=b", "x-1", "mail@example.com"));
  }

  @Test
  void shouldWriteNumbersAndBooleansAsTheyAre() throws IOException {
    assertEquals("-5,0,42,true,false\r\n", csv(-5, 0L, 42, true, false));
  }

  @Test
  void shouldWriteDecimalsPlainNeverInExponentForm() throws IOException {
    assertEquals(
        "1000,0.0000,-12.50\r\n",
        csv(new BigDecimal("1E+3"), new BigDecimal("0E-4"), new BigDecimal("-12.50")));
  }

  @Test
  void shouldWriteEnumsByName() throws IOException {
    assertEquals("MONDAY\r\n", csv(DayOfWeek.MONDAY));
  }

  @Test
  void shouldKeepUnicodeIntactInUtf8() throws IOException {
    String text = "Ünïcødé ☕ 𝄞 日本語 Ελληνικά";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter csv = new CsvWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
      csv.row(text, "ok");
    }
    assertArrayEquals((text + ",ok\r\n").getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
  }

  @Test
  void shouldWriteSeveralRecords() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    csv.row("sku", "name");
    csv.row("A-1", "One, two");
    assertEquals("sku,name\r\nA-1,\"One, two\"\r\n", out.toString());
  }
}
