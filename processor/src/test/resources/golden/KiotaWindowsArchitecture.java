package com.example;

import com.microsoft.kiota.serialization.ValuedEnum;
import java.lang.Character;
import java.lang.IllegalArgumentException;
import java.lang.Override;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Contains properties for Windows architecture.
 *
 * <p>The Graph enum <code>windowsArchitecture</code> of namespace <code>microsoft.graph</code>,
 * generated from the page <code>api-reference/v1.0/resources/intune-apps-windowsarchitecture.md</code>.
 *
 * <p>This enum is a set of flags: a value of the service is a set of members, sent as
 * their names joined by commas, or as the bitwise OR of their values. Declare such a value as
 * a {@link KiotaWindowsArchitectureSet}, which reads and writes both ({@link #parseMemberNames}, {@link #fromMask}).
 *
 * <p>Kiota reads a set of these flags with {@code parseNode.getEnumSetValue(KiotaWindowsArchitecture::forValue)} and
 * writes it with {@code writer.writeEnumSetValue(key, members)}, as the Microsoft Graph SDK's own
 * enums, as an {@code EnumSet} that the set type converts; a name it does not know is left out, as with those.
 *
 * <table>
 * <caption>Members</caption>
 * <tr><th scope="col">Member</th><th scope="col">Value</th><th scope="col">Description</th></tr>
 * <tr><td>{@link #NONE none}</td><td>0</td><td>No flags set.</td></tr>
 * <tr><td>{@link #X86 x86}</td><td>1</td><td>Whether or not the X86 Windows architecture type is supported.</td></tr>
 * <tr><td>{@link #X64 x64}</td><td>2</td><td>Whether or not the X64 Windows architecture type is supported.</td></tr>
 * <tr><td>{@link #ARM arm}</td><td>4</td><td>Whether or not the Arm Windows architecture type is supported.</td></tr>
 * <tr><td>{@link #NEUTRAL neutral}</td><td>8</td><td>Whether or not the Neutral Windows architecture type is supported.</td></tr>
 * </table>
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the page api-reference/v1.0/resources/intune-apps-windowsarchitecture.md"
)
public enum KiotaWindowsArchitecture implements ValuedEnum {
    /**
     * No flags set.
     *
     * <p>Member <code>none</code>, value 0.
     */
    NONE("none", 0, "No flags set."),

    /**
     * Whether or not the X86 Windows architecture type is supported.
     *
     * <p>Member <code>x86</code>, value 1.
     */
    X86("x86", 1, "Whether or not the X86 Windows architecture type is supported."),

    /**
     * Whether or not the X64 Windows architecture type is supported.
     *
     * <p>Member <code>x64</code>, value 2.
     */
    X64("x64", 2, "Whether or not the X64 Windows architecture type is supported."),

    /**
     * Whether or not the Arm Windows architecture type is supported.
     *
     * <p>Member <code>arm</code>, value 4.
     */
    ARM("arm", 4, "Whether or not the Arm Windows architecture type is supported."),

    /**
     * Whether or not the Neutral Windows architecture type is supported.
     *
     * <p>Member <code>neutral</code>, value 8.
     */
    NEUTRAL("neutral", 8, "Whether or not the Neutral Windows architecture type is supported.");

    /**
     * Constants by member name: a perfect hash of the names' hash codes, slot {@code (memberName.hashCode() * 0x8d12e65) >>> 28}.
     * 0x8d12e65 is 0x9e3779b9 times 13, the smallest odd factor that gives every member a slot of
     * its own (0x9e3779b9 is 2^32 divided by the golden ratio, which spreads keys evenly).
     */
    private static final KiotaWindowsArchitecture[] byMemberName = new KiotaWindowsArchitecture[16];

    /**
     * The member name of each slot of {@code byMemberName}; null where empty.
     */
    private static final String[] memberNames = new String[16];

    /**
     * Constants by value: slot {@code value} holds the constant of that value.
     */
    private static final KiotaWindowsArchitecture[] byValue = new KiotaWindowsArchitecture[9];

    static {
        for (KiotaWindowsArchitecture constant : values()) {
            int nameSlot = (constant.memberName.hashCode() * 0x8d12e65) >>> 28;
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
    private final Optional<KiotaWindowsArchitecture> found = Optional.of(this);

    /**
     * Creates a constant.
     *
     * @param memberName the Graph member name
     * @param value the documented value
     * @param description the description, as plain text
     */
    KiotaWindowsArchitecture(String memberName, int value, String description) {
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
    private static KiotaWindowsArchitecture constantNamed(String memberName) {
        int slot = (memberName.hashCode() * 0x8d12e65) >>> 28;
        return memberName.equals(memberNames[slot]) ? byMemberName[slot] : null;
    }

    /**
     * The constant of the member name in {@code text} from {@code start} to {@code end}, without
     * making a string of it: {@link KiotaWindowsArchitectureSet} reads Graph's wire form with it.
     *
     * @param text a text that holds a member name
     * @param start where the name starts
     * @param end where it ends
     * @return the constant, or null if no member has that name
     */
    static KiotaWindowsArchitecture constantNamed(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash * 0x8d12e65) >>> 28;
        String memberName = memberNames[slot];
        return memberName != null && memberName.length() == end - start && text.startsWith(memberName, start) ? byMemberName[slot] : null;
    }

    /**
     * Returns the constant of a Graph member name. The match is exact and case-sensitive.
     *
     * @param memberName a member name, as the service sends it
     * @return the constant
     * @throws IllegalArgumentException if no member has that name
     * @throws java.lang.NullPointerException if {@code memberName} is null
     */
    public static KiotaWindowsArchitecture fromMemberName(String memberName) {
        KiotaWindowsArchitecture constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        if (constant == null) {
            throw new IllegalArgumentException("KiotaWindowsArchitecture has no member named " + quoted(memberName) + (memberName.indexOf(',') < 0 ? "" : "; a set of flags, names joined by commas, is read by KiotaWindowsArchitectureSet.parse"));
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
    public static Optional<KiotaWindowsArchitecture> findByMemberName(String memberName) {
        KiotaWindowsArchitecture constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? Optional.<KiotaWindowsArchitecture>empty() : constant.found;
    }

    /**
     * A text read from input, as a message quotes it: whole when it has at most 100 characters,
     * else its first 100 and its length, so that a message about a hostile input stays short.
     *
     * @param text the text
     * @return the text in quotes, or its beginning in quotes and its length
     */
    static String quoted(String text) {
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
    private static KiotaWindowsArchitecture constantOf(int value) {
        return value >= 0 && value < byValue.length ? byValue[value] : null;
    }

    /**
     * Returns the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant
     * @throws IllegalArgumentException if no member has that value
     */
    public static KiotaWindowsArchitecture fromValue(int value) {
        KiotaWindowsArchitecture constant = constantOf(value);
        if (constant == null) {
            throw new IllegalArgumentException("KiotaWindowsArchitecture has no member with value " + value);
        }
        return constant;
    }

    /**
     * Finds the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant, or empty if no member has that value
     */
    public static Optional<KiotaWindowsArchitecture> findByValue(int value) {
        KiotaWindowsArchitecture constant = constantOf(value);
        return constant == null ? Optional.<KiotaWindowsArchitecture>empty() : constant.found;
    }

    /**
     * Returns the Graph member name, as {@link #memberName()} does: what Kiota's serialization
     * writers write.
     *
     * @return the member name
     */
    @Override
    public String getValue() {
        return memberName();
    }

    /**
     * Returns the constant of a Graph member name, as Kiota's parse nodes ask it: this method is the
     * enum's {@code ValuedEnumParser}, {@code parseNode.getEnumValue(KiotaWindowsArchitecture::forValue)}. The match is
     * exact and case-sensitive.
     *
     * @param value a member name, as the service sends it
     * @return the constant, or null for a name this enum does not know, as Kiota's own enums return:
     *     Kiota reads such a property as absent, and leaves such a name out of a set
     * @throws java.lang.NullPointerException if {@code value} is null
     */
    public static KiotaWindowsArchitecture forValue(String value) {
        return constantNamed(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns the bitwise OR of the members' values.
     *
     * @param members a set of members
     * @return their mask
     */
    public static int toMask(Set<KiotaWindowsArchitecture> members) {
        int mask = 0;
        for (KiotaWindowsArchitecture member : members) {
            mask |= member.value;
        }
        return mask;
    }

    /**
     * Returns the set of the single-bit members whose bits are set in a mask.
     *
     * @param mask a bitwise OR of member values
     * @return the set of the members of its bits; empty for 0
     * @throws IllegalArgumentException if the mask has a bit that no member has
     */
    public static KiotaWindowsArchitectureSet fromMask(int mask) {
        return KiotaWindowsArchitectureSet.fromMask(mask);
    }

    /**
     * Finds the set of the single-bit members whose bits are set in a mask.
     *
     * @param mask a bitwise OR of member values
     * @return the set of the members of its bits, or empty if the mask has a bit that no
     *     member has
     */
    public static Optional<KiotaWindowsArchitectureSet> findByMask(int mask) {
        return (mask & ~0xf) != 0 ? Optional.<KiotaWindowsArchitectureSet>empty() : Optional.of(KiotaWindowsArchitectureSet.fromMask(mask));
    }

    /**
     * Parses Graph's wire form of a set of flags, member names joined by commas, as
     * {@link KiotaWindowsArchitectureSet#parse} does.
     *
     * @param memberNames the names, joined by commas
     * @return the set of the named members
     * @throws IllegalArgumentException if a name is no member's
     */
    public static KiotaWindowsArchitectureSet parseMemberNames(String memberNames) {
        return KiotaWindowsArchitectureSet.parse(memberNames);
    }

    /**
     * Formats a set of flags in Graph's wire form, as {@link KiotaWindowsArchitectureSet#wireForm} does.
     *
     * @param members a set of members
     * @return the names joined by commas
     */
    public static String formatMemberNames(Set<KiotaWindowsArchitecture> members) {
        return KiotaWindowsArchitectureSet.copyOf(members).wireForm();
    }
}
