package io.github.graphenum.processor.validation;

import io.github.graphenum.processor.model.EnumIdentity;
import io.github.graphenum.processor.model.Origin;
import io.github.graphenum.processor.model.Translation;
import io.github.graphenum.processor.page.Deprecation;
import io.github.graphenum.processor.page.Description;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An enum ready to render: every name is a legal and distinct Java name, every value a distinct
 * int. The renderer sees nothing else.
 *
 * @param identity the Java type and the Graph type
 * @param origin where the table came from
 * @param description the enum's description
 * @param hasValues whether the page states values; without them the enum has no value lookups
 * @param flags whether the enum is a flags enum; its values are then bits, checked
 * @param valuesFrom the metadata enum type the values came from, or {@code null} for the page's
 * @param constants the constants, in page order
 * @param translations the constants' translated descriptions, one per language whose localized page
 *     translates a member or has a stale translation of one, keyed by member name; the enum serves
 *     those of {@link #servedTranslations}
 * @param deprecation the service metadata's deprecation of the enum type, or {@code null}
 */
public record ValidatedEnum(
    EnumIdentity identity,
    Origin origin,
    Description description,
    boolean hasValues,
    boolean flags,
    @Nullable String valuesFrom,
    List<Constant> constants,
    List<Translation> translations,
    @Nullable Deprecation deprecation) {

  /** The Graph member that stands for members added later. */
  public static final String SENTINEL = "unknownFutureValue";

  public ValidatedEnum {
    constants = List.copyOf(constants);
    translations = List.copyOf(translations);
  }

  /** An enum the service metadata does not deprecate. */
  public ValidatedEnum(
      EnumIdentity identity,
      Origin origin,
      Description description,
      boolean hasValues,
      boolean flags,
      @Nullable String valuesFrom,
      List<Constant> constants,
      List<Translation> translations) {
    this(
        identity, origin, description, hasValues, flags, valuesFrom, constants, translations, null);
  }

  /** Whether the enum type or one of its constants is deprecated. */
  public boolean deprecatesAnything() {
    return deprecation != null || constants.stream().anyMatch(c -> c.deprecation() != null);
  }

  /**
   * The translations that translate at least one member: the languages of {@code
   * description(Locale)} and of the bundles. Empty when the enum has none; it then has no {@code
   * description(Locale)}.
   */
  public List<Translation> servedTranslations() {
    return translations.stream().filter(Translation::translatesAny).toList();
  }

  /**
   * The sentinel {@code unknownFutureValue}, or {@code null} when the enum is not evolvable. The
   * match ignores case: some pages write {@code UnknownFutureValue}.
   */
  public @Nullable Constant sentinel() {
    int index = sentinelIndex();
    return index < 0 ? null : constants.get(index);
  }

  /**
   * The position of the {@linkplain #sentinel sentinel} among the constants, or -1: the constants
   * after it are the members added later, evolvable.
   */
  public int sentinelIndex() {
    for (int i = 0; i < constants.size(); i++) {
      if (constants.get(i).memberName().equalsIgnoreCase(SENTINEL)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One constant.
   *
   * @param name the Java constant name
   * @param memberName the Graph member name, as sent on the wire
   * @param value the value, or 0 when the enum has no values
   * @param description the member's description
   * @param deprecation the member's deprecation, as its page or the service metadata states it; or
   *     {@code null}
   */
  public record Constant(
      String name,
      String memberName,
      int value,
      Description description,
      @Nullable Deprecation deprecation) {
    /** A constant that is not deprecated. */
    public Constant(String name, String memberName, int value, Description description) {
      this(name, memberName, value, description, null);
    }
  }
}
