package com.example;

import java.lang.Character;
import java.lang.IllegalArgumentException;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javax.annotation.processing.Generated;

/**
 * Possible sync statuses associated with an Apple Volume Purchase Program token.
 *
 * <p>The Graph enum <code>vppTokenSyncStatus</code> of namespace <code>microsoft.graph</code>,
 * generated from the page <code>intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md</code>.
 *
 * <table>
 * <caption>Members</caption>
 * <tr><th scope="col">Member</th><th scope="col">Value</th><th scope="col">Description</th></tr>
 * <tr><td>{@link #NONE none}</td><td>0</td><td>Default status.</td></tr>
 * <tr><td>{@link #IN_PROGRESS inProgress}</td><td>1</td><td>Last Sync in progress.</td></tr>
 * <tr><td>{@link #COMPLETED completed}</td><td>2</td><td>Last Sync completed successfully.</td></tr>
 * <tr><td>{@link #FAILED failed}</td><td>3</td><td>Last Sync failed.</td></tr>
 * </table>
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the page intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md"
)
public enum TranslatedVppTokenSyncStatus {
    /**
     * Default status.
     *
     * <p>Member <code>none</code>, value 0.
     */
    NONE("none", 0, "Default status."),

    /**
     * Last Sync in progress.
     *
     * <p>Member <code>inProgress</code>, value 1.
     */
    IN_PROGRESS("inProgress", 1, "Last Sync in progress."),

    /**
     * Last Sync completed successfully.
     *
     * <p>Member <code>completed</code>, value 2.
     */
    COMPLETED("completed", 2, "Last Sync completed successfully."),

    /**
     * Last Sync failed.
     *
     * <p>Member <code>failed</code>, value 3.
     */
    FAILED("failed", 3, "Last Sync failed.");

    /**
     * Constants by member name: a perfect hash of the names' hash codes, slot {@code (memberName.hashCode() * 0x9e3779b9) >>> 29}.
     * 0x9e3779b9 is 2^32 divided by the golden ratio, which spreads keys evenly;
     * it gives every member a slot of its own.
     */
    private static final TranslatedVppTokenSyncStatus[] byMemberName = new TranslatedVppTokenSyncStatus[8];

    /**
     * The member name of each slot of {@code byMemberName}; null where empty.
     */
    private static final String[] memberNames = new String[8];

    /**
     * Constants by value: slot {@code value} holds the constant of that value.
     */
    private static final TranslatedVppTokenSyncStatus[] byValue = new TranslatedVppTokenSyncStatus[4];

    static {
        for (TranslatedVppTokenSyncStatus constant : values()) {
            int nameSlot = (constant.memberName.hashCode() * 0x9e3779b9) >>> 29;
            byMemberName[nameSlot] = constant;
            memberNames[nameSlot] = constant.memberName;
            byValue[constant.value] = constant;
        }
    }

    /**
     * The Graph member name.
     */
    private final String memberName;

    /**
     * The documented value.
     */
    private final int value;

    /**
     * The description, as plain text.
     */
    private final String description;

    /**
     * This constant as a lookup result, made once so that lookups allocate nothing.
     */
    private final Optional<TranslatedVppTokenSyncStatus> found = Optional.of(this);

    /**
     * Creates a constant.
     *
     * @param memberName the Graph member name
     * @param value the documented value
     * @param description the description, as plain text
     */
    TranslatedVppTokenSyncStatus(String memberName, int value, String description) {
        this.memberName = memberName;
        this.value = value;
        this.description = description;
    }

    /**
     * Returns the Graph member name, exactly as the service sends and accepts it.
     *
     * @return the member name
     */
    public String memberName() {
        return memberName;
    }

    /**
     * Returns the Graph member name, as {@link #memberName()} does: the one string form of the
     * enum, which the service reads. Gson writes a map's keys with it, and reads them back with
     * the enum's adapter; {@link #name()} gives the constant's name.
     *
     * @return the member name
     */
    @Override
    public String toString() {
        return memberName;
    }

    /**
     * Returns the member's value, as the page documents it.
     *
     * @return the value
     */
    public int value() {
        return value;
    }

    /**
     * Returns the member's description from the page, as plain text.
     *
     * @return the description, empty when the page gives none
     */
    public String description() {
        return description;
    }

    /**
     * Returns the member's description in the language of {@code locale}, as plain text: its
     * translation into that language, else into the language alone (<code>pt</code> for
     * <code>pt-BR</code>), else the English {@link #description()}. The translations are
     * Microsoft's machine translations of the Graph docs, taken from the localized pages; this
     * enum has them in pt-BR.
     *
     * @param locale the language wanted
     * @return the description in that language, or in English when it has no translation
     * @throws java.lang.NullPointerException if {@code locale} is null
     */
    public String description(Locale locale) {
        switch (Objects.requireNonNull(locale, "locale").getLanguage()) {
            case "pt":
                break;
            default:
                return description;
        }
        ResourceBundle translations;
        try {
            translations = ResourceBundle.getBundle("com.example.TranslatedVppTokenSyncStatusDescriptions", locale);
        } catch (MissingResourceException noTranslation) {
            return description;
        }
        // Without a Control (which named modules may not pass), getBundle falls back to the JVM's
        // default locale: a bundle found for that locale is no translation into this one.
        List<Locale> wanted = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES).getCandidateLocales("", locale);
        return wanted.contains(translations.getLocale()) && translations.containsKey(memberName) ? translations.getString(memberName) : description;
    }

    /**
     * The constant of a member name, without allocating.
     *
     * @param memberName a member name, not null
     * @return the constant, or null if no member has that name
     */
    private static TranslatedVppTokenSyncStatus constantNamed(String memberName) {
        int slot = (memberName.hashCode() * 0x9e3779b9) >>> 29;
        return memberName.equals(memberNames[slot]) ? byMemberName[slot] : null;
    }

    /**
     * Returns the constant of a Graph member name. The match is exact and case-sensitive.
     *
     * @param memberName a member name, as the service sends it
     * @return the constant
     * @throws IllegalArgumentException if no member has that name
     * @throws java.lang.NullPointerException if {@code memberName} is null
     */
    public static TranslatedVppTokenSyncStatus fromMemberName(String memberName) {
        TranslatedVppTokenSyncStatus constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        if (constant == null) {
            throw new IllegalArgumentException("TranslatedVppTokenSyncStatus has no member named " + quoted(memberName));
        }
        return constant;
    }

    /**
     * Finds the constant of a Graph member name. The match is exact and case-sensitive.
     *
     * @param memberName a member name, as the service sends it
     * @return the constant, or empty if no member has that name
     * @throws java.lang.NullPointerException if {@code memberName} is null
     */
    public static Optional<TranslatedVppTokenSyncStatus> findByMemberName(String memberName) {
        TranslatedVppTokenSyncStatus constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? Optional.<TranslatedVppTokenSyncStatus>empty() : constant.found;
    }

    /**
     * A text read from input, as a message quotes it: whole when it has at most 100 characters,
     * else its first 100 and its length, so that a message about a hostile input stays short.
     *
     * @param text the text
     * @return the text in quotes, or its beginning in quotes and its length
     */
    private static String quoted(String text) {
        if (text.length() <= 100) {
            return "\"" + text + "\"";
        }
        // Not between the two chars of a surrogate pair.
        int end = Character.isHighSurrogate(text.charAt(99)) ? 99 : 100;
        return "\"" + text.substring(0, end) + "...\" (" + text.length() + " characters)";
    }

    /**
     * The constant of a value, without allocating.
     *
     * @param value a value
     * @return the constant, or null if no member has that value
     */
    private static TranslatedVppTokenSyncStatus constantOf(int value) {
        return value >= 0 && value < byValue.length ? byValue[value] : null;
    }

    /**
     * Returns the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant
     * @throws IllegalArgumentException if no member has that value
     */
    public static TranslatedVppTokenSyncStatus fromValue(int value) {
        TranslatedVppTokenSyncStatus constant = constantOf(value);
        if (constant == null) {
            throw new IllegalArgumentException("TranslatedVppTokenSyncStatus has no member with value " + value);
        }
        return constant;
    }

    /**
     * Finds the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant, or empty if no member has that value
     */
    public static Optional<TranslatedVppTokenSyncStatus> findByValue(int value) {
        TranslatedVppTokenSyncStatus constant = constantOf(value);
        return constant == null ? Optional.<TranslatedVppTokenSyncStatus>empty() : constant.found;
    }
}
