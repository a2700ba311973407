package io.vitrina.catalog.search.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the free text of a search asks for, made safe before it reaches the database.
 *
 * <p>The text is split into words of letters and digits; everything else (the boolean-mode
 * operators {@code + - < > ( ) ~ * " @}, quotes, punctuation, markup) only separates words and can
 * never reach {@code AGAINST} as an operator. Words the full-text index cannot hold are dropped:
 * shorter than {@value #MIN_WORD} characters ({@code innodb_ft_min_token_size}) or one of InnoDB's
 * default stopwords. What remains becomes a boolean-mode expression in which every word is required
 * and matches as a prefix ({@code +word*}), so "blue sho" finds "Blue shoes".
 *
 * <ul>
 *   <li>{@link Kind#BROWSE}: no text, or only blanks: every product, no text condition.
 *   <li>{@link Kind#FULLTEXT}: at least one indexable word: {@link #expression()} for {@code MATCH
 *       ... AGAINST (? IN BOOLEAN MODE)}.
 *   <li>{@link Kind#PREFIX}: text but no indexable word ("tv", "of the", "{@code "}"): names that
 *       start with the text, with its blanks collapsed ({@link #namePrefix()}), matched by {@code
 *       LIKE} with its wildcards escaped.
 * </ul>
 */
public final class TextQuery {

  /** The longest text accepted, in characters; longer is rejected before it gets here. */
  public static final int MAX_LENGTH = 200;

  /** Words used at most: more words only narrow a match that is already narrow. */
  public static final int MAX_WORDS = 10;

  /** InnoDB's default {@code innodb_ft_min_token_size}: shorter words are not in the index. */
  public static final int MIN_WORD = 3;

  /** InnoDB's default {@code innodb_ft_max_token_size}: longer words are not in the index. */
  public static final int MAX_WORD = 84;

  /** The escape character of {@link #namePrefix()}: not a backslash, whatever the SQL mode. */
  public static final char LIKE_ESCAPE = '!';

  /**
   * InnoDB's default full-text stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD) of {@value
   * #MIN_WORD} or more letters, the same in MariaDB and MySQL. A required stopword would match
   * nothing, so they are dropped rather than sent.
   */
  static final Set<String> STOPWORDS =
      Set.of(
          "about", "are", "com", "for", "from", "how", "that", "the", "this", "was", "what", "when",
          "where", "who", "will", "with", "und", "www");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** How the text constrains a search. */
  public enum Kind {
    BROWSE,
    FULLTEXT,
    PREFIX
  }

  private static final TextQuery BROWSE = new TextQuery(Kind.BROWSE, List.of(), null);

  private final Kind kind;
  private final List<String> words;
  private final String namePrefix;

  private TextQuery(Kind kind, List<String> words, String namePrefix) {
    this.kind = kind;
    this.words = words;
    this.namePrefix = namePrefix;
  }

  /**
   * The query for a search text.
   *
   * @throws IllegalArgumentException when the text is longer than {@value #MAX_LENGTH} characters
   */
  public static TextQuery parse(String text) {
    if (text == null || text.isBlank()) {
      return BROWSE;
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "must be at most " + MAX_LENGTH + " characters, not " + text.length());
    }
    Set<String> words = new LinkedHashSet<>();
    for (String token : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (words.size() == MAX_WORDS) {
        break;
      }
      if (token.codePointCount(0, token.length()) >= MIN_WORD && !STOPWORDS.contains(token)) {
        words.add(truncate(token));
      }
    }
    if (!words.isEmpty()) {
      return new TextQuery(Kind.FULLTEXT, List.copyOf(words), null);
    }
    String collapsed = BLANKS.matcher(text.strip()).replaceAll(" ");
    return new TextQuery(Kind.PREFIX, List.of(), collapsed);
  }

  /** A word longer than the index holds cannot match; its first part still finds the same words. */
  private static String truncate(String word) {
    return word.codePointCount(0, word.length()) <= MAX_WORD
        ? word
        : word.substring(0, word.offsetByCodePoints(0, MAX_WORD));
  }

  public Kind kind() {
    return kind;
  }

  /** The words searched for, lower case, without duplicates; empty unless {@link Kind#FULLTEXT}. */
  public List<String> words() {
    return words;
  }

  /**
   * The boolean-mode expression: every word required, each as a prefix ({@code +blue* +sho*}).
   * Words hold only letters and digits, so the expression holds no operator but {@code +} and
   * {@code *}.
   *
   * @throws IllegalStateException unless {@link Kind#FULLTEXT}
   */
  public String expression() {
    if (kind != Kind.FULLTEXT) {
      throw new IllegalStateException("no full-text expression for " + kind);
    }
    List<String> terms = new ArrayList<>(words.size());
    words.forEach(word -> terms.add("+" + word + "*"));
    return String.join(" ", terms);
  }

  /** The text a name must start with; null unless {@link Kind#PREFIX}. */
  public String namePrefix() {
    return namePrefix;
  }

  /**
   * The {@code LIKE} pattern of {@link #namePrefix()}: its {@code %}, {@code _} and escape
   * characters escaped with {@link #LIKE_ESCAPE}, then {@code %}.
   *
   * @throws IllegalStateException unless {@link Kind#PREFIX}
   */
  public String likePattern() {
    if (kind != Kind.PREFIX) {
      throw new IllegalStateException("no name prefix for " + kind);
    }
    StringBuilder pattern = new StringBuilder(namePrefix.length() + 8);
    for (char c : namePrefix.toCharArray()) {
      if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
        pattern.append(LIKE_ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  @Override
  public String toString() {
    return switch (kind) {
      case BROWSE -> "browse";
      case FULLTEXT -> "fulltext " + expression();
      case PREFIX -> "prefix " + namePrefix;
    };
  }
}
