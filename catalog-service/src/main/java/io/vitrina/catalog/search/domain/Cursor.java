package io.vitrina.catalog.search.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Where a page of a search ended: the sort, the sort key of its last product and that product's id.
 * The next page starts right after it ({@code WHERE (key, id) > (last key, last id)} in the sort's
 * direction), so walking a search by cursor is as fast on page 1000 as on page 1, and a product
 * added or removed meanwhile shifts nothing.
 *
 * <p>Clients see it as opaque base64url text. It is not signed: it carries nothing secret, and a
 * forged one only starts a search elsewhere, through bound parameters like any other input.
 */
public record Cursor(SearchSort sort, String key, String id) {

  /** The longest encoded cursor accepted (a name of 200 four-byte characters fits). */
  public static final int MAX_ENCODED_LENGTH = 1200;

  private static final String VERSION = "1";
  private static final char SEPARATOR = '\n';
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  public Cursor {
    if (sort == null || key == null || id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("incomplete cursor");
    }
    sort.parseKey(key);
  }

  /** The cursor after the last hit of a page. */
  public static Cursor after(SearchSort sort, SearchHit last) {
    return new Cursor(sort, sort.keyOf(last), last.id());
  }

  /** The sort key, typed for binding. */
  public Object typedKey() {
    return sort.parseKey(key);
  }

  /** The opaque text for a client: base64url, without padding, of version, sort, key and id. */
  public String encode() {
    String plain = VERSION + SEPARATOR + sort.parameter() + SEPARATOR + key + SEPARATOR + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor a client sent back.
   *
   * @throws IllegalArgumentException when the text is not a cursor this service issued
   */
  public static Cursor decode(String encoded) {
    if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
      throw new IllegalArgumentException("not a cursor");
    }
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("not a cursor", notBase64);
    }
    // version, sort, key, id: the key (a name) may hold anything but is framed by the others.
    int first = plain.indexOf(SEPARATOR);
    int second = first < 0 ? -1 : plain.indexOf(SEPARATOR, first + 1);
    int last = plain.lastIndexOf(SEPARATOR);
    if (first < 0 || second < 0 || last <= second || !VERSION.equals(plain.substring(0, first))) {
      throw new IllegalArgumentException("not a cursor");
    }
    SearchSort sort =
        SearchSort.fromParameter(plain.substring(first + 1, second))
            .orElseThrow(() -> new IllegalArgumentException("not a cursor"));
    return new Cursor(sort, plain.substring(second + 1, last), plain.substring(last + 1));
  }
}
