package io.github.graphenum.processor.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A link's destination as the generated Javadoc can hold it. The Javadoc tool's doclint reads every
 * {@code href} with {@link URI}, as written in the source, and refuses the generated file when
 * {@code URI} does; a page's links are written for browsers, which take far more.
 *
 * <p>Each character {@code URI} would refuse is percent-encoded as UTF-8: white space, {@code
 * {}|\^`"<>[]}, every non-ASCII character, a {@code %} that starts no escape, and each {@code #}
 * after the first (the fragment's). Two more are encoded so that the Javadoc escaping of the render
 * stage ({@code JavaText}) cannot add a {@code #} that makes a second fragment: its character
 * reference for {@code @} (<code>&amp;#64;
 * </code>), which is kept only in a destination without a fragment (such as {@code mailto:}), and
 * for the slash after {@code *} (<code>&amp;#47;</code>), for which the {@code *} is encoded. What
 * a browser reads is the same address.
 */
final class LinkDestinations {
  private static final String HEX_DIGITS = "0123456789ABCDEF";

  /**
   * ASCII a URI holds as it is (RFC 2396's unreserved and reserved ones, less {@code *} and
   * {@code @}).
   */
  private static final String KEPT = "-_.!~'();/?:&=+$,";

  private LinkDestinations() {}

  /**
   * {@code destination} as the Javadoc's {@code href}, or {@code null} when it cannot be one (no
   * address {@code URI} reads, such as {@code https://} alone): the link is then its text.
   */
  static @Nullable String forJavadoc(String destination) {
    StringBuilder out = new StringBuilder(destination.length());
    boolean fragment = false;
    for (int i = 0; i < destination.length(); ) {
      int c = destination.codePointAt(i);
      if (c == '%'
          && i + 2 < destination.length()
          && isHex(destination.charAt(i + 1))
          && isHex(destination.charAt(i + 2))) {
        out.append(destination, i, i + 3); // an escape already
        i += 3;
        continue;
      }
      if (c == '#' && !fragment) {
        fragment = true;
        out.append('#');
      } else if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0 || c == '@')) {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%')
              .append(HEX_DIGITS.charAt((b >> 4) & 0xF))
              .append(HEX_DIGITS.charAt(b & 0xF));
        }
      }
      i += Character.charCount(c);
    }
    String encoded = fragment ? out.toString().replace("@", "%40") : out.toString();
    try {
      URI uri = new URI(encoded);
      return uri.getScheme() != null && (uri.isOpaque() || uri.getHost() != null) ? encoded : null;
    } catch (URISyntaxException notAnAddress) {
      return null;
    }
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
