package io.vitrina.platform.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedOutputTest {

  private final List<byte[]> stored = new ArrayList<>();
  private final List<Integer> seqs = new ArrayList<>();

  private ChunkedOutput output(int size) {
    return new ChunkedOutput(
        size,
        (seq, data) -> {
          seqs.add(seq);
          stored.add(data);
        });
  }

  @Test
  void shouldSplitContentIntoChunksOfTheGivenSizeInOrder() throws IOException {
    ChunkedOutput out = output(4);
    out.write("abcdefghij".getBytes());
    out.close();
    assertEquals(List.of(0, 1, 2), seqs);
    assertArrayEquals("abcd".getBytes(), stored.get(0));
    assertArrayEquals("efgh".getBytes(), stored.get(1));
    assertArrayEquals("ij".getBytes(), stored.get(2));
    assertEquals(3, out.chunks());
    assertEquals(10, out.bytes());
  }

  @Test
  void shouldReassembleToWhatWasWrittenWhateverTheWriteSizes() throws IOException {
    ChunkedOutput out = output(3);
    out.write('x');
    out.write("yz12".getBytes());
    out.write("--345--".getBytes(), 2, 3);
    out.close();
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    stored.forEach(joined::writeBytes);
    assertArrayEquals("xyz12345".getBytes(), joined.toByteArray());
    assertEquals(8, out.bytes());
  }

  @Test
  void shouldStoreNothingForNoContent() throws IOException {
    ChunkedOutput out = output(8);
    out.close();
    assertEquals(0, out.chunks());
    assertEquals(List.of(), stored);
  }

  @Test
  void shouldNotStoreAnEmptyLastChunkWhenContentFillsTheChunksExactly() throws IOException {
    ChunkedOutput out = output(2);
    out.write("abcd".getBytes());
    out.close();
    out.close();
    assertEquals(2, out.chunks());
  }

  @Test
  void shouldRefuseWritesAfterClose() throws IOException {
    ChunkedOutput out = output(2);
    out.close();
    assertThrows(IOException.class, () -> out.write('a'));
  }
}
