package com.example;

import com.microsoft.kiota.serialization.ValuedEnum;
import java.lang.Character;
import java.lang.IllegalArgumentException;
import java.lang.Override;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The Graph enum <code>callType</code> of namespace <code>microsoft.graph.callRecords</code>,
 * generated from the page <code>api-reference/v1.0/resources/enums-callrecords.md</code>.
 *
 * <p>The table gives no values, so this enum has none: the service's numbers are
 * not guessed from the order of the table.
 *
 * <p>This enum is evolvable: the service adds members after {@link #UNKNOWN_FUTURE_VALUE},
 * and returns them only to clients that send <code>Prefer: include-unknown-enum-members</code>;
 * other clients get the sentinel.
 * {@link #fromMemberNameOrUnknown} reads a member this enum does not know as the sentinel
 * too, so that a client built today keeps working when the service adds members.
 * Declare a value that your code sends back as {@link KiotaCallTypeMember} instead,
 * which keeps the name of such a member and writes it back as it came.
 *
 * <p>Kiota reads it with {@code parseNode.getEnumValue(KiotaCallType::forValue)} and writes it with
 * {@code writer.writeEnumValue(key, value)}, as the Microsoft Graph SDK's own enums; a name it does
 * not know reads as {@link #UNKNOWN_FUTURE_VALUE}.
 *
 * <table>
 * <caption>Members</caption>
 * <tr><th scope="col">Member</th></tr>
 * <tr><td>{@link #UNKNOWN unknown}</td></tr>
 * <tr><td>{@link #GROUP_CALL groupCall}</td></tr>
 * <tr><td>{@link #PEER_TO_PEER peerToPeer}</td></tr>
 * <tr><td>{@link #UNKNOWN_FUTURE_VALUE unknownFutureValue}</td></tr>
 * </table>
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the page api-reference/v1.0/resources/enums-callrecords.md"
)
public enum KiotaCallType implements ValuedEnum {
    /**
     * Member <code>unknown</code>.
     */
    UNKNOWN("unknown", ""),

    /**
     * Member <code>groupCall</code>.
     */
    GROUP_CALL("groupCall", ""),

    /**
     * Member <code>peerToPeer</code>.
     */
    PEER_TO_PEER("peerToPeer", ""),

    /**
     * Member <code>unknownFutureValue</code>.
     */
    UNKNOWN_FUTURE_VALUE("unknownFutureValue", "");

    /**
     * The value of the <code>Prefer</code> request header with which the service returns the members
     * it added after {@link #UNKNOWN_FUTURE_VALUE} (those for which {@link #isEvolvable()} is true):
     * <code>Prefer: include-unknown-enum-members</code>. Without it, the service returns
     * {@link #UNKNOWN_FUTURE_VALUE} in their place.
     */
    public static final String PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS = "include-unknown-enum-members";

    /**
     * Constants by member name: a perfect hash of the names' hash codes, slot {@code (memberName.hashCode() * 0x1715609d) >>> 29}.
     * 0x1715609d is 0x9e3779b9 times 5, the smallest odd factor that gives every member a slot of
     * its own (0x9e3779b9 is 2^32 divided by the golden ratio, which spreads keys evenly).
     */
    private static final KiotaCallType[] byMemberName = new KiotaCallType[8];

    /**
     * The member name of each slot of {@code byMemberName}; null where empty.
     */
    private static final String[] memberNames = new String[8];

    static {
        for (KiotaCallType constant : values()) {
            int nameSlot = (constant.memberName.hashCode() * 0x1715609d) >>> 29;
            byMemberName[nameSlot] = constant;
            memberNames[nameSlot] = constant.memberName;
        }
    }

    /**
     * The Graph member name.
     */
    private final String memberName;

    /**
     * The description, as plain text.
     */
    private final String description;

    /**
     * This constant as a lookup result, made once so that lookups allocate nothing.
     */
    private final Optional<KiotaCallType> found = Optional.of(this);

    /**
     * Creates a constant.
     *
     * @param memberName the Graph member name
     * @param description the description, as plain text
     */
    KiotaCallType(String memberName, String description) {
        this.memberName = memberName;
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
    private static KiotaCallType constantNamed(String memberName) {
        int slot = (memberName.hashCode() * 0x1715609d) >>> 29;
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
    public static KiotaCallType fromMemberName(String memberName) {
        KiotaCallType constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        if (constant == null) {
            throw new IllegalArgumentException("KiotaCallType has no member named " + quoted(memberName));
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
    public static Optional<KiotaCallType> findByMemberName(String memberName) {
        KiotaCallType constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? Optional.<KiotaCallType>empty() : constant.found;
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
    public static KiotaCallType fromMemberNameOrUnknown(String memberName) {
        KiotaCallType constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? KiotaCallType.UNKNOWN_FUTURE_VALUE : constant;
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
     * enum's {@code ValuedEnumParser}, {@code parseNode.getEnumValue(KiotaCallType::forValue)}. The match is
     * exact and case-sensitive.
     *
     * @param value a member name, as the service sends it
     * @return the constant, or {@link #UNKNOWN_FUTURE_VALUE} for a name this enum does not know, as {@link
     *     #fromMemberNameOrUnknown} returns
     * @throws java.lang.NullPointerException if {@code value} is null
     */
    public static KiotaCallType forValue(String value) {
        return fromMemberNameOrUnknown(value);
    }
}
