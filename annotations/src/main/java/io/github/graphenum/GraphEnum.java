package io.github.graphenum;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the graphenum processor to generate a Java enum from the members table of a Microsoft Graph
 * enum doc page.
 *
 * <p>Put it on a type, the <em>spec</em>: usually an empty interface (a class, an enum, a record or
 * an annotation type serve the same). The processor writes the enum, a class of its own, into the
 * spec's package while the project compiles:
 *
 * <pre>
 * &#64;GraphEnum(doc = "api-reference/beta/resources/intune-onboarding-vpptokensyncstatus.md")
 * interface VppTokenSyncStatusSpec {}
 * </pre>
 *
 * <p>The page is looked up relative to each docs root in turn: the directories named by the
 * processor option {@code graphenum.docs} (separated by the platform's path separator), then the
 * directory of the spec's own source file.
 *
 * <p>Each spec takes its members table from exactly one place: the page named by {@link #doc}, the
 * markdown of {@link #table}, or, when neither is set, the spec's own Javadoc (its description,
 * then the members table).
 *
 * <p>The annotation has class retention, not source retention: Gradle's incremental annotation
 * processing reads only annotations that reach the class files. Nothing of it, nor of the
 * processor, is read at run time, so the annotations jar belongs on the compile class path only
 * (Maven's {@code provided} scope, Gradle's {@code compileOnly}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GraphEnum {

  /**
   * The doc page, as a path relative to a docs root, with forward slashes, for example {@code
   * api-reference/v1.0/resources/enums.md}. It must not lead outside the docs root.
   *
   * @return the page's path relative to a docs root, or an empty string when the table is given by
   *     {@link #table} or by the spec's Javadoc
   */
  String doc() default "";

  /**
   * The members table itself, as markdown ({@code |Member|Value|Description|} and its rows),
   * instead of a page. A text block suits it. Without {@link #name}, the Graph name is the spec's
   * simple name without a trailing {@code Spec}, its first letter lower-cased ({@code
   * MeetingStatusSpec} gives {@code meetingStatus}).
   *
   * @return the members table as markdown, or an empty string
   */
  String table() default "";

  /**
   * The Graph name of the enum, for example {@code callType}. It picks one section of a page that
   * documents several enums ({@code ### callType values}). The default, an empty string, takes the
   * enum named by the page's heading ({@code # vppTokenSyncStatus enum type}).
   *
   * @return the Graph enum name, or an empty string for the page's heading
   */
  String name() default "";

  /**
   * The simple name of the generated enum. The default, an empty string, is the Graph name with its
   * first letter upper-cased ({@code vppTokenSyncStatus} gives {@code VppTokenSyncStatus}).
   *
   * @return the generated enum's simple name, or an empty string for the default
   */
  String className() default "";

  /**
   * Constant names that replace the ones the naming rule gives, each as {@code
   * "memberName=CONSTANT_NAME"}, for example {@code "iOS=IOS"}.
   *
   * @return the overrides, one entry per member
   */
  String[] rename() default {};

  /**
   * Whether the enum is a set of bit flags, sent on the wire as comma-separated member names
   * ({@code "inPerson,online"}). The docs do not say which enums are flags; the service metadata
   * does ({@code IsFlags="true"}). A flags enum's values must each be a single bit, 0 for an empty
   * member, or a combination of documented bits; it gains {@code toMask}, {@code fromMask}, {@code
   * findByMask}, {@code parseMemberNames} and {@code formatMemberNames}, and a set type beside it,
   * {@code <Enum>Set}, the immutable set of Graph's wire form ({@code "x86,x64"}).
   *
   * @return whether the enum is a flags enum
   */
  boolean flags() default false;
}
