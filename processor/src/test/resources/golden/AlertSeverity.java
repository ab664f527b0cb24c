package com.example;

import java.lang.Character;
import java.lang.Deprecated;
import java.lang.IllegalArgumentException;
import java.lang.Override;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The Graph enum <code>alertSeverity</code>,
 * generated from the table of <code>com.example.AlertSeveritySpec</code>. No namespace is stated.
 *
 * <p>This enum is evolvable: the service adds members after {@link #UNKNOWN_FUTURE_VALUE},
 * and returns them only to clients that send <code>Prefer: include-unknown-enum-members</code>;
 * other clients get the sentinel.
 * {@link #fromMemberNameOrUnknown} reads a member this enum does not know as the sentinel
 * too, so that a client built today keeps working when the service adds members.
 * Declare a value that your code sends back as {@link AlertSeverityMember} instead,
 * which keeps the name of such a member and writes it back as it came.
 *
 * <table>
 * <caption>Members</caption>
 * <tr><th scope="col">Member</th><th scope="col">Value</th></tr>
 * <tr><td>{@link #UNKNOWN unknown}</td><td>0</td></tr>
 * <tr><td>{@link #INFORMATIONAL informational}</td><td>1</td></tr>
 * <tr><td>{@link #LOW low}</td><td>2</td></tr>
 * <tr><td>{@link #MEDIUM medium}</td><td>3</td></tr>
 * <tr><td>{@link #HIGH high}</td><td>4</td></tr>
 * <tr><td>{@link #UNKNOWN_FUTURE_VALUE unknownFutureValue}</td><td>127</td></tr>
 * </table>
 *
 * @deprecated The legacy Graph Security API is deprecated and will stop returning data on January 31, 2025. Please use the new Graph Security API.
 *     (service metadata: deprecated on 2024-04-10, planned for removal on 2026-04-10)
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the table of com.example.AlertSeveritySpec"
)
@Deprecated
public enum AlertSeverity {
    /**
     * Member <code>unknown</code>, value 0.
     */
    UNKNOWN("unknown", 0, ""),

    /**
     * Member <code>informational</code>, value 1.
     */
    INFORMATIONAL("informational", 1, ""),

    /**
     * Member <code>low</code>, value 2.
     */
    LOW("low", 2, ""),

    /**
     * Member <code>medium</code>, value 3.
     */
    MEDIUM("medium", 3, ""),

    /**
     * Member <code>high</code>, value 4.
     */
    HIGH("high", 4, ""),

    /**
     * Member <code>unknownFutureValue</code>, value 127.
     */
    UNKNOWN_FUTURE_VALUE("unknownFutureValue", 127, "");

    /**
     * The value of the <code>Prefer</code> request header with which the service returns the members
     * it added after {@link #UNKNOWN_FUTURE_VALUE} (those for which {@link #isEvolvable()} is true):
     * <code>Prefer: include-unknown-enum-members</code>. Without it, the service returns
     * {@link #UNKNOWN_FUTURE_VALUE} in their place.
     */
    public static final String PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS = "include-unknown-enum-members";

    /**
     * Constants by member name: a perfect hash of the names' hash codes, slot {@code (memberName.hashCode() * 0xcc623af3) >>> 28}.
     * 0xcc623af3 is 0x9e3779b9 times 11, the smallest odd factor that gives every member a slot of
     * its own (0x9e3779b9 is 2^32 divided by the golden ratio, which spreads keys evenly).
     */
    private static final AlertSeverity[] byMemberName = new AlertSeverity[16];

    /**
     * The member name of each slot of {@code byMemberName}; null where empty.
     */
    private static final String[] memberNames = new String[16];

    /**
     * Constants by value: a perfect hash, slot {@code value & 7}.
     */
    private static final AlertSeverity[] byValue = new AlertSeverity[8];

    /**
     * The value of each slot of {@code byValue}. An empty slot holds a value that hashes to
     * another slot, so that no lookup matches it.
     */
    private static final int[] valueKeys = new int[8];

    static {
        for (AlertSeverity constant : values()) {
            int nameSlot = (constant.memberName.hashCode() * 0xcc623af3) >>> 28;
            byMemberName[nameSlot] = constant;
            memberNames[nameSlot] = constant.memberName;
            int valueSlot = constant.value & 7;
            byValue[valueSlot] = constant;
            valueKeys[valueSlot] = constant.value;
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
    private final Optional<AlertSeverity> found = Optional.of(this);

    /**
     * Creates a constant.
     *
     * @param memberName the Graph member name
     * @param value the documented value
     * @param description the description, as plain text
     */
    AlertSeverity(String memberName, int value, String description) {
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
     * The constant of a member name, without allocating.
     *
     * @param memberName a member name, not null
     * @return the constant, or null if no member has that name
     */
    private static AlertSeverity constantNamed(String memberName) {
        int slot = (memberName.hashCode() * 0xcc623af3) >>> 28;
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
    public static AlertSeverity fromMemberName(String memberName) {
        AlertSeverity constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        if (constant == null) {
            throw new IllegalArgumentException("AlertSeverity has no member named " + quoted(memberName));
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
    public static Optional<AlertSeverity> findByMemberName(String memberName) {
        AlertSeverity constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? Optional.<AlertSeverity>empty() : constant.found;
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
     * Returns whether the service added this member after {@link #UNKNOWN_FUTURE_VALUE}: it returns such a
     * member only to clients that send <code>Prefer: include-unknown-enum-members</code>
     * ({@link #PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS}).
     *
     * @return whether this member comes after the sentinel
     */
    public boolean isEvolvable() {
        return ordinal() > UNKNOWN_FUTURE_VALUE.ordinal();
    }

    /**
     * Returns the constant of a Graph member name, or {@link #UNKNOWN_FUTURE_VALUE} for a name this enum
     * does not know: a member the service added after this enum was generated. The match is
     * exact and case-sensitive.
     *
     * @param memberName a member name, as the service sends it
     * @return the constant, or {@link #UNKNOWN_FUTURE_VALUE}
     * @throws java.lang.NullPointerException if {@code memberName} is null
     */
    public static AlertSeverity fromMemberNameOrUnknown(String memberName) {
        AlertSeverity constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? AlertSeverity.UNKNOWN_FUTURE_VALUE : constant;
    }

    /**
     * The constant of a value, without allocating.
     *
     * @param value a value
     * @return the constant, or null if no member has that value
     */
    private static AlertSeverity constantOf(int value) {
        int slot = value & 7;
        return valueKeys[slot] == value ? byValue[slot] : null;
    }

    /**
     * Returns the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant
     * @throws IllegalArgumentException if no member has that value
     */
    public static AlertSeverity fromValue(int value) {
        AlertSeverity constant = constantOf(value);
        if (constant == null) {
            throw new IllegalArgumentException("AlertSeverity has no member with value " + value);
        }
        return constant;
    }

    /**
     * Finds the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant, or empty if no member has that value
     */
    public static Optional<AlertSeverity> findByValue(int value) {
        AlertSeverity constant = constantOf(value);
        return constant == null ? Optional.<AlertSeverity>empty() : constant.found;
    }
}
