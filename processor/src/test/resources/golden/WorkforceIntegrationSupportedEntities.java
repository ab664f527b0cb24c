package com.example;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.Character;
import java.lang.IllegalArgumentException;
import java.lang.Override;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The Graph enum <code>workforceIntegrationSupportedEntities</code>,
 * generated from the table of <code>com.example.WorkforceIntegrationSupportedEntitiesSpec</code>. No namespace is stated.
 *
 * <p>This enum is evolvable: the service adds members after {@link #UNKNOWN_FUTURE_VALUE},
 * and returns them only to clients that send <code>Prefer: include-unknown-enum-members</code>;
 * other clients get the sentinel.
 * {@link #fromMemberNameOrUnknown} reads a member this enum does not know as the sentinel
 * too, so that a client built today keeps working when the service adds members.
 * Declare a value that your code sends back as {@link WorkforceIntegrationSupportedEntitiesMember} instead,
 * which keeps the name of such a member and writes it back as it came.
 *
 * <p>This enum is a set of flags: a value of the service is a set of members, sent as
 * their names joined by commas, or as the bitwise OR of their values. Declare such a value as
 * a {@link WorkforceIntegrationSupportedEntitiesSet}, which reads and writes both ({@link #parseMemberNames}, {@link #fromMask}).
 *
 * <table>
 * <caption>Members</caption>
 * <tr><th scope="col">Member</th><th scope="col">Value</th></tr>
 * <tr><td>{@link #NONE none}</td><td>0</td></tr>
 * <tr><td>{@link #SHIFT shift}</td><td>1</td></tr>
 * <tr><td>{@link #SWAP_REQUEST swapRequest}</td><td>2</td></tr>
 * <tr><td>{@link #USER_SHIFT_PREFERENCES userShiftPreferences}</td><td>8</td></tr>
 * <tr><td>{@link #OPEN_SHIFT openShift}</td><td>16</td></tr>
 * <tr><td>{@link #OPEN_SHIFT_REQUEST openShiftRequest}</td><td>32</td></tr>
 * <tr><td>{@link #OFFER_SHIFT_REQUEST offerShiftRequest}</td><td>64</td></tr>
 * <tr><td>{@link #UNKNOWN_FUTURE_VALUE unknownFutureValue}</td><td>1024</td></tr>
 * </table>
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the table of com.example.WorkforceIntegrationSupportedEntitiesSpec"
)
@JsonAdapter(WorkforceIntegrationSupportedEntities.GsonAdapter.class)
public enum WorkforceIntegrationSupportedEntities {
    /**
     * Member <code>none</code>, value 0.
     */
    NONE("none", 0, ""),

    /**
     * Member <code>shift</code>, value 1.
     */
    SHIFT("shift", 1, ""),

    /**
     * Member <code>swapRequest</code>, value 2.
     */
    SWAP_REQUEST("swapRequest", 2, ""),

    /**
     * Member <code>userShiftPreferences</code>, value 8.
     */
    USER_SHIFT_PREFERENCES("userShiftPreferences", 8, ""),

    /**
     * Member <code>openShift</code>, value 16.
     */
    OPEN_SHIFT("openShift", 16, ""),

    /**
     * Member <code>openShiftRequest</code>, value 32.
     */
    OPEN_SHIFT_REQUEST("openShiftRequest", 32, ""),

    /**
     * Member <code>offerShiftRequest</code>, value 64.
     */
    OFFER_SHIFT_REQUEST("offerShiftRequest", 64, ""),

    /**
     * Member <code>unknownFutureValue</code>, value 1024.
     */
    UNKNOWN_FUTURE_VALUE("unknownFutureValue", 1024, "");

    /**
     * The value of the <code>Prefer</code> request header with which the service returns the members
     * it added after {@link #UNKNOWN_FUTURE_VALUE} (those for which {@link #isEvolvable()} is true):
     * <code>Prefer: include-unknown-enum-members</code>. Without it, the service returns
     * {@link #UNKNOWN_FUTURE_VALUE} in their place.
     */
    public static final String PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS = "include-unknown-enum-members";

    /**
     * Constants by member name: a perfect hash of the names' hash codes, slot {@code (memberName.hashCode() * 0x8d12e65) >>> 28}.
     * 0x8d12e65 is 0x9e3779b9 times 13, the smallest odd factor that gives every member a slot of
     * its own (0x9e3779b9 is 2^32 divided by the golden ratio, which spreads keys evenly).
     */
    private static final WorkforceIntegrationSupportedEntities[] byMemberName = new WorkforceIntegrationSupportedEntities[16];

    /**
     * The member name of each slot of {@code byMemberName}; null where empty.
     */
    private static final String[] memberNames = new String[16];

    /**
     * Constants by value: a perfect hash, slot {@code (value * 0x9e3779b9) >>> 28}.
     * 0x9e3779b9 is 2^32 divided by the golden ratio, which spreads keys evenly;
     * it gives every member a slot of its own.
     */
    private static final WorkforceIntegrationSupportedEntities[] byValue = new WorkforceIntegrationSupportedEntities[16];

    /**
     * The value of each slot of {@code byValue}. An empty slot holds a value that hashes to
     * another slot, so that no lookup matches it.
     */
    private static final int[] valueKeys = new int[16];

    static {
        for (WorkforceIntegrationSupportedEntities constant : values()) {
            int nameSlot = (constant.memberName.hashCode() * 0x8d12e65) >>> 28;
            byMemberName[nameSlot] = constant;
            memberNames[nameSlot] = constant.memberName;
            int valueSlot = (constant.value * 0x9e3779b9) >>> 28;
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
    private final Optional<WorkforceIntegrationSupportedEntities> found = Optional.of(this);

    /**
     * Creates a constant.
     *
     * @param memberName the Graph member name
     * @param value the documented value
     * @param description the description, as plain text
     */
    WorkforceIntegrationSupportedEntities(String memberName, int value, String description) {
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
    private static WorkforceIntegrationSupportedEntities constantNamed(String memberName) {
        int slot = (memberName.hashCode() * 0x8d12e65) >>> 28;
        return memberName.equals(memberNames[slot]) ? byMemberName[slot] : null;
    }

    /**
     * The constant of the member name in {@code text} from {@code start} to {@code end}, without
     * making a string of it: {@link WorkforceIntegrationSupportedEntitiesSet} reads Graph's wire form with it.
     *
     * @param text a text that holds a member name
     * @param start where the name starts
     * @param end where it ends
     * @return the constant, or null if no member has that name
     */
    static WorkforceIntegrationSupportedEntities constantNamed(String text, int start, int end) {
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
    public static WorkforceIntegrationSupportedEntities fromMemberName(String memberName) {
        WorkforceIntegrationSupportedEntities constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        if (constant == null) {
            throw new IllegalArgumentException("WorkforceIntegrationSupportedEntities has no member named " + quoted(memberName) + (memberName.indexOf(',') < 0 ? "" : "; a set of flags, names joined by commas, is read by WorkforceIntegrationSupportedEntitiesSet.parse"));
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
    public static Optional<WorkforceIntegrationSupportedEntities> findByMemberName(
            String memberName) {
        WorkforceIntegrationSupportedEntities constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? Optional.<WorkforceIntegrationSupportedEntities>empty() : constant.found;
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
    public static WorkforceIntegrationSupportedEntities fromMemberNameOrUnknown(String memberName) {
        WorkforceIntegrationSupportedEntities constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE : constant;
    }

    /**
     * The constant of a value, without allocating.
     *
     * @param value a value
     * @return the constant, or null if no member has that value
     */
    private static WorkforceIntegrationSupportedEntities constantOf(int value) {
        int slot = (value * 0x9e3779b9) >>> 28;
        return valueKeys[slot] == value ? byValue[slot] : null;
    }

    /**
     * Returns the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant
     * @throws IllegalArgumentException if no member has that value
     */
    public static WorkforceIntegrationSupportedEntities fromValue(int value) {
        WorkforceIntegrationSupportedEntities constant = constantOf(value);
        if (constant == null) {
            throw new IllegalArgumentException("WorkforceIntegrationSupportedEntities has no member with value " + value);
        }
        return constant;
    }

    /**
     * Finds the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant, or empty if no member has that value
     */
    public static Optional<WorkforceIntegrationSupportedEntities> findByValue(int value) {
        WorkforceIntegrationSupportedEntities constant = constantOf(value);
        return constant == null ? Optional.<WorkforceIntegrationSupportedEntities>empty() : constant.found;
    }

    /**
     * Returns the bitwise OR of the members' values.
     *
     * @param members a set of members
     * @return their mask
     */
    public static int toMask(Set<WorkforceIntegrationSupportedEntities> members) {
        int mask = 0;
        for (WorkforceIntegrationSupportedEntities member : members) {
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
    public static WorkforceIntegrationSupportedEntitiesSet fromMask(int mask) {
        return WorkforceIntegrationSupportedEntitiesSet.fromMask(mask);
    }

    /**
     * Finds the set of the single-bit members whose bits are set in a mask.
     *
     * @param mask a bitwise OR of member values
     * @return the set of the members of its bits, or empty if the mask has a bit that no
     *     member has
     */
    public static Optional<WorkforceIntegrationSupportedEntitiesSet> findByMask(int mask) {
        return (mask & ~0x47b) != 0 ? Optional.<WorkforceIntegrationSupportedEntitiesSet>empty() : Optional.of(WorkforceIntegrationSupportedEntitiesSet.fromMask(mask));
    }

    /**
     * Parses Graph's wire form of a set of flags, member names joined by commas, as
     * {@link WorkforceIntegrationSupportedEntitiesSet#parse} does.
     *
     * @param memberNames the names, joined by commas
     * @return the set of the named members
     * @throws IllegalArgumentException if a name is empty
     */
    public static WorkforceIntegrationSupportedEntitiesSet parseMemberNames(String memberNames) {
        return WorkforceIntegrationSupportedEntitiesSet.parse(memberNames);
    }

    /**
     * Formats a set of flags in Graph's wire form, as {@link WorkforceIntegrationSupportedEntitiesSet#wireForm} does.
     *
     * @param members a set of members
     * @return the names joined by commas
     */
    public static String formatMemberNames(Set<WorkforceIntegrationSupportedEntities> members) {
        return WorkforceIntegrationSupportedEntitiesSet.copyOf(members).wireForm();
    }

    /**
     * Reads and writes {@link WorkforceIntegrationSupportedEntities} with Gson as its Graph member name. The enum names this
     * adapter in Gson's {@code @JsonAdapter}, so Gson uses it with no registration; it reads the keys
     * of a map too, which Gson writes with {@link WorkforceIntegrationSupportedEntities#toString()}, the member name. A member name
     * that the enum does not know reads as {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE}.
     */
    public static final class GsonAdapter extends TypeAdapter<WorkforceIntegrationSupportedEntities> {
        /**
         * Creates the adapter.
         */
        public GsonAdapter() {
        }

        @Override
        public void write(JsonWriter out, WorkforceIntegrationSupportedEntities value) throws
                IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.memberName());
            }
        }

        @Override
        public WorkforceIntegrationSupportedEntities read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return WorkforceIntegrationSupportedEntities.fromMemberNameOrUnknown(in.nextString());
        }
    }
}
