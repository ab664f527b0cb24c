package io.github.graphenum.processor.render;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.graphenum.processor.model.Translation;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * {@code description(Locale)} of an enum with translations: the "render" stage of translations,
 * reading the bundles that {@link TranslationBundles} writes.
 *
 * <p>The generated method calls {@link ResourceBundle#getBundle(String, Locale)}, which caches the
 * bundles it loads, and not the overload that takes a {@link ResourceBundle.Control} without the
 * fallback to the JVM's default locale: that one throws {@link UnsupportedOperationException} when
 * called from a named module. It checks instead that the bundle found is one of the locale's own
 * candidates ({@code pt-BR}, then {@code pt}). Languages without a translation return English
 * before any bundle is looked up.
 */
final class TranslatedDescriptionMethod {
  private TranslatedDescriptionMethod() {}

  static void addTo(TypeSpec.Builder type, ValidatedEnum model) {
    List<String> tags =
        model.servedTranslations().stream().map(Translation::languageTag).sorted().toList();
    CodeBlock.Builder languages = CodeBlock.builder();
    for (String language :
        new TreeSet<>(
            tags.stream().map(tag -> Locale.forLanguageTag(tag).getLanguage()).toList())) {
      languages.add("case $S:\n", language);
    }
    type.addMethod(
        MethodSpec.methodBuilder("description")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(Locale.class, "locale")
            .addJavadoc(
                "Returns the member's description in the language of {@code locale}, as plain text:"
                    + " its\n")
            .addJavadoc(
                "translation into that language, else into the language alone (<code>pt</code>"
                    + " for\n")
            .addJavadoc(
                "<code>pt-BR</code>), else the English {@link #description()}. The translations"
                    + " are\n")
            .addJavadoc(
                "Microsoft's machine translations of the Graph docs, taken from the localized"
                    + " pages; this\n")
            .addJavadoc("enum has them in $L.\n\n", String.join(", ", tags))
            .addJavadoc("@param locale the language wanted\n")
            .addJavadoc(
                "@return the description in that language, or in English when it has no"
                    + " translation\n")
            .addJavadoc("@throws $T if {@code locale} is null\n", NullPointerException.class)
            .beginControlFlow(
                "switch ($T.requireNonNull(locale, $S).getLanguage())", Objects.class, "locale")
            .addCode(languages.build())
            .addStatement("$>break$<")
            .addCode("default:\n")
            .addStatement("$>return description$<")
            .endControlFlow()
            .addStatement("$T translations", ResourceBundle.class)
            .beginControlFlow("try")
            .addStatement(
                "translations = $T.getBundle($S, locale)",
                ResourceBundle.class,
                TranslationBundles.baseName(model))
            .nextControlFlow("catch ($T noTranslation)", MissingResourceException.class)
            .addStatement("return description")
            .endControlFlow()
            .addComment(
                "Without a Control (which named modules may not pass), getBundle falls back to the"
                    + " JVM's")
            .addComment(
                "default locale: a bundle found for that locale is no translation into this one.")
            .addStatement(
                "$T wanted = $T.getNoFallbackControl($T.FORMAT_PROPERTIES).getCandidateLocales($S,"
                    + " locale)",
                ParameterizedTypeName.get(List.class, Locale.class),
                ResourceBundle.Control.class,
                ResourceBundle.Control.class,
                "")
            .addStatement(
                "return wanted.contains(translations.getLocale()) &&"
                    + " translations.containsKey(memberName) ? translations.getString(memberName) :"
                    + " description")
            .build());
  }
}
