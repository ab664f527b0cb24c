package io.github.graphenum.processor.pipeline;

import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.validation.EnumValidator;
import java.util.Optional;

/**
 * The generated source one compilation may hold, in characters, counted as the specs' sources are
 * written, in order: javac keeps every generated source, its trees and, with doclint, the trees of
 * its Javadoc in memory until the compilation ends. Each page keeps within the limits of a page and
 * of an enum (its size, its members, {@link EnumValidator#MAX_DESCRIPTION_CHARS}), yet four pages
 * at those limits generated 29 MB of Java each, and javac with {@code -Xdoclint:all} ran out of a 1
 * GiB heap; past this budget, a spec is refused with an error naming its page and the limit, and
 * the specs before it are generated.
 *
 * <p>Used on javac's thread only, where sources are written: the same specs are refused whatever
 * the threads that prepared them.
 */
public final class GeneratedSourceBudget {
  /**
   * The most characters of generated source in one compilation. javac 17 with {@code -Xdoclint:all}
   * needs about 12 bytes of heap per character of generated source: measured with {@code javac
   * -J-Xmx<heap> -Xdoclint:all}, four enums at {@link EnumValidator#MAX_DESCRIPTION_CHARS} of CJK
   * descriptions (45.5 million characters) compile in a 512 MB heap, one enum of 30.7 million
   * characters needs over 320 MB, and four of those did not compile in 1 GiB. So this many take
   * about 600 MB; every enum of the corpus's 617 English pages (v1.0 and beta, with Jackson's and
   * Gson's adapters) is 9.3 million.
   */
  public static final long MAX_CHARS = 50_000_000;

  private final long max;
  private long used;

  /**
   * @param max the most characters of generated source, {@link #MAX_CHARS} but in tests
   */
  GeneratedSourceBudget(long max) {
    this.max = max;
  }

  /**
   * The error when {@code chars} more characters, the sources of the enum {@code name} of {@code
   * page}, would go past the budget; none when they fit. Nothing is taken: {@link #take} does, once
   * the sources are sure to be written.
   *
   * @param page the page, as the spec names it (or the spec's file, for a table in the spec)
   */
  Optional<Diagnostic> check(String page, String name, long chars) {
    return used + chars > max
        ? Optional.of(
            Message.GENERATED_SOURCES_TOO_LARGE.onPage(page, 0, name, chars, used + chars, max))
        : Optional.empty();
  }

  /** Counts {@code chars} more characters of generated source, which {@link #check} let through. */
  void take(long chars) {
    used += chars;
  }
}
