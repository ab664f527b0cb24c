package io.github.graphenum.processor.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The naming rule: a Graph member name becomes an UPPER_SNAKE constant name.
 *
 * <ul>
 *   <li>A new word starts at an upper-case letter that follows a lower-case letter or a digit
 *       ({@code inProgress} is {@code IN_PROGRESS}), and at the last upper-case letter of a run
 *       that a lower-case letter follows ({@code azureADJoined} is {@code AZURE_AD_JOINED}).
 *   <li>Digits stay with the word before them ({@code sha256} is {@code SHA256}).
 *   <li>Underscores separate words; several in a row count as one ({@code remote_Control} is {@code
 *       REMOTE_CONTROL}).
 *   <li>A name that would start with a digit gets a leading underscore; a name with no letter or
 *       digit becomes {@code MEMBER}.
 *   <li>Accents are dropped ({@code café} is {@code CAFE}), so that names stay ASCII; a letter that
 *       has no ASCII base ({@code ß}, Cyrillic) stays, and the validator refuses it.
 * </ul>
 */
public final class ConstantNames {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private ConstantNames() {}

  /** The constant name for Graph member {@code memberName}. */
  public static String of(String memberName) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] cps = withoutAccents(memberName).codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && Character.isUpperCase(c)) {
        int previous = cps[i - 1];
        boolean afterLower = Character.isLowerCase(previous) || Character.isDigit(previous);
        boolean endsAcronym =
            Character.isUpperCase(previous)
                && i + 1 < cps.length
                && Character.isLowerCase(cps[i + 1]);
        if (afterLower || endsAcronym) {
          flush(word, words);
        }
      }
      word.appendCodePoint(c);
    }
    flush(word, words);
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty()) {
      return "MEMBER";
    }
    if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
      name = "_" + name;
    }
    return isJavaName(name) ? name : sanitized(name);
  }

  /** {@code text} with its letters' accents dropped: {@code Café} gives {@code Cafe}. */
  public static String withoutAccents(String text) {
    if (isAscii(text)) {
      // Nothing to drop; and a compilation of ASCII names (nearly all of Graph's) never loads the
      // JDK's Unicode normalization tables, which cost a cold javac tens of milliseconds.
      return text;
    }
    return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Whether every char of {@code name} is ASCII, as generated source and file names must be. */
  public static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code name} can name a constant: an identifier, not a keyword. */
  public static boolean isJavaName(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String sanitized(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .forEach(c -> out.appendCodePoint(Character.isJavaIdentifierPart(c) ? c : '_'));
    return out.toString();
  }
}
