package io.vitrina.support.ticket.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The free text of a queue search ({@code q}), made safe before it reaches {@code MATCH ...
 * AGAINST}: split into words of letters and digits, so no boolean-mode operator ({@code + - < > ( )
 * ~ * " @}) ever reaches the database; words the InnoDB index cannot hold (shorter than three
 * characters, default stopwords) are dropped; every remaining word is required and matches as a
 * prefix ({@code +word*}). Text with no such word matches nothing rather than everything.
 */
public final class TextQuery {

  public static final int MAX_LENGTH = 200;
  static final int MAX_WORDS = 10;
  static final int MIN_WORD = 3;
  static final int MAX_WORD = 84;

  /** InnoDB's default full-text stopwords of three letters or more (MariaDB and MySQL alike). */
  static final Set<String> STOPWORDS =
      Set.of(
          "about", "are", "com", "for", "from", "how", "that", "the", "this", "was", "what", "when",
          "where", "who", "will", "with", "und", "www");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

  private final List<String> words;

  private TextQuery(List<String> words) {
    this.words = words;
  }

  /**
   * The query of a search text; null for no text.
   *
   * @throws IllegalArgumentException when the text is longer than {@value #MAX_LENGTH} characters
   */
  public static TextQuery parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
    }
    Set<String> words = new LinkedHashSet<>();
    for (String token : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (words.size() == MAX_WORDS) {
        break;
      }
      int length = token.codePointCount(0, token.length());
      if (length >= MIN_WORD && !STOPWORDS.contains(token)) {
        words.add(
            length <= MAX_WORD ? token : token.substring(0, token.offsetByCodePoints(0, MAX_WORD)));
      }
    }
    return new TextQuery(List.copyOf(words));
  }

  /** Whether no word of the text can match: the search then finds nothing. */
  public boolean matchesNothing() {
    return words.isEmpty();
  }

  public List<String> words() {
    return words;
  }

  /** The boolean-mode expression: {@code +blue* +sho*}. */
  public String expression() {
    if (words.isEmpty()) {
      throw new IllegalStateException("no word to search for");
    }
    List<String> terms = new ArrayList<>(words.size());
    words.forEach(word -> terms.add("+" + word + "*"));
    return String.join(" ", terms);
  }
}
