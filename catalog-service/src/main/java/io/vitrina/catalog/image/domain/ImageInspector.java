package io.vitrina.catalog.image.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides whether uploaded bytes are an image the catalog accepts, from the bytes alone.
 *
 * <p>The format comes from the file's signature (magic number); a client's Content-Type is never
 * consulted. PNG, JPEG and GIF must then be complete (their end marker is present) and their header
 * must parse with Java's own image reader for that signature; WebP, which Java cannot read, must
 * have a consistent RIFF container and a VP8, VP8L or VP8X header. The dimensions come from the
 * header only: no pixel is ever decoded, so a small file that declares a huge raster costs nothing
 * and is refused.
 */
public final class ImageInspector {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  /** A PNG ends with an empty IEND chunk: length 0, type, CRC. */
  private static final byte[] PNG_END = {
    0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82
  };

  private static final int WEBP_HEADER = 30;

  private ImageInspector() {}

  /**
   * The format and dimensions of an acceptable image.
   *
   * @throws UnsupportedImageException when the bytes are not a complete PNG, JPEG, GIF or WebP
   * @throws ImageTooLargeException when the image is wider or higher than {@code maxDimension}
   */
  public static ImageFacts inspect(byte[] bytes, int maxDimension) {
    ImageFormat format =
        sniff(bytes)
            .orElseThrow(
                () ->
                    new UnsupportedImageException(
                        "The file is not a PNG, JPEG, GIF or WebP image."));
    ImageFacts facts = format == ImageFormat.WEBP ? webp(bytes) : readHeader(format, bytes);
    if (facts.width() <= 0 || facts.height() <= 0) {
      throw notReadable(format);
    }
    if (facts.width() > maxDimension || facts.height() > maxDimension) {
      throw new ImageTooLargeException(facts.width(), facts.height(), maxDimension);
    }
    return facts;
  }

  /** The format the signature at the start of the bytes announces, if any. */
  public static Optional<ImageFormat> sniff(byte[] bytes) {
    if (startsWith(bytes, PNG_SIGNATURE)) {
      return Optional.of(ImageFormat.PNG);
    }
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xFF
        && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF) {
      return Optional.of(ImageFormat.JPEG);
    }
    if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) {
      return Optional.of(ImageFormat.GIF);
    }
    if (bytes.length >= 12
        && startsWith(bytes, ascii("RIFF"))
        && Arrays.equals(bytes, 8, 12, ascii("WEBP"), 0, 4)) {
      return Optional.of(ImageFormat.WEBP);
    }
    return Optional.empty();
  }

  private static ImageFacts readHeader(ImageFormat format, byte[] bytes) {
    if (!complete(format, bytes)) {
      throw new UnsupportedImageException(
          "The " + format + " file is truncated: it does not end as a complete image does.");
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
    if (!readers.hasNext()) {
      throw new IllegalStateException("No image reader for " + format);
    }
    ImageReader reader = readers.next();
    // An in-memory stream: ImageIO.createImageInputStream may spill to a temporary file.
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (format == ImageFormat.GIF) {
        // Viewers allocate the logical screen, which may be larger than the first frame.
        width = Math.max(width, unsigned16LittleEndian(bytes, 6));
        height = Math.max(height, unsigned16LittleEndian(bytes, 8));
      }
      return new ImageFacts(format, width, height);
    } catch (IOException | RuntimeException unreadable) {
      // Readers report malformed input as IIOException but also as unchecked exceptions.
      throw notReadable(format);
    } finally {
      reader.dispose();
    }
  }

  /** Whether the file ends with its format's end marker: a truncated upload does not. */
  private static boolean complete(ImageFormat format, byte[] bytes) {
    int n = bytes.length;
    return switch (format) {
      case PNG ->
          n >= PNG_SIGNATURE.length + PNG_END.length
              && Arrays.equals(bytes, n - PNG_END.length, n, PNG_END, 0, PNG_END.length);
      case JPEG -> n >= 4 && (bytes[n - 2] & 0xFF) == 0xFF && (bytes[n - 1] & 0xFF) == 0xD9;
      case GIF -> n >= 14 && bytes[n - 1] == 0x3B;
      case WEBP -> true;
    };
  }

  /**
   * A WebP's dimensions from its first chunk. The RIFF size must match the file's length, so a
   * truncated or padded file is refused.
   */
  private static ImageFacts webp(byte[] bytes) {
    if (bytes.length < WEBP_HEADER || unsigned32LittleEndian(bytes, 4) + 8 != bytes.length) {
      throw notReadable(ImageFormat.WEBP);
    }
    long chunkSize = unsigned32LittleEndian(bytes, 16);
    if (chunkSize + 20 > bytes.length) {
      throw notReadable(ImageFormat.WEBP);
    }
    String chunk = new String(bytes, 12, 4, StandardCharsets.US_ASCII);
    int width;
    int height;
    switch (chunk) {
      case "VP8 " -> {
        // A key frame: 3-byte frame tag, start code 9D 01 2A, then 14-bit width and height.
        if ((bytes[23] & 0xFF) != 0x9D
            || (bytes[24] & 0xFF) != 0x01
            || (bytes[25] & 0xFF) != 0x2A) {
          throw notReadable(ImageFormat.WEBP);
        }
        width = unsigned16LittleEndian(bytes, 26) & 0x3FFF;
        height = unsigned16LittleEndian(bytes, 28) & 0x3FFF;
      }
      case "VP8L" -> {
        // Signature 0x2F, then width-1 and height-1 in 14 bits each.
        if ((bytes[20] & 0xFF) != 0x2F) {
          throw notReadable(ImageFormat.WEBP);
        }
        long bits = unsigned32LittleEndian(bytes, 21);
        width = (int) (bits & 0x3FFF) + 1;
        height = (int) ((bits >> 14) & 0x3FFF) + 1;
      }
      case "VP8X" -> {
        // Flags and reserved bytes, then canvas width-1 and height-1 in 24 bits each.
        width = unsigned24LittleEndian(bytes, 24) + 1;
        height = unsigned24LittleEndian(bytes, 27) + 1;
      }
      default -> throw notReadable(ImageFormat.WEBP);
    }
    return new ImageFacts(ImageFormat.WEBP, width, height);
  }

  private static UnsupportedImageException notReadable(ImageFormat format) {
    return new UnsupportedImageException(
        "The file starts like a " + format + " image but its header cannot be read.");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static int unsigned16LittleEndian(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  private static int unsigned24LittleEndian(byte[] bytes, int at) {
    return unsigned16LittleEndian(bytes, at) | (bytes[at + 2] & 0xFF) << 16;
  }

  private static long unsigned32LittleEndian(byte[] bytes, int at) {
    return unsigned24LittleEndian(bytes, at) | (long) (bytes[at + 3] & 0xFF) << 24;
  }
}
