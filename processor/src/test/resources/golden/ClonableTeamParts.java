package com.example;

import com.google.gson.JsonSyntaxException;
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
import javax.annotation.processing.Generated;

/**
 * Describes which part of a team should be cloned.
 *
 * <p>The Graph enum <code>clonableTeamParts</code> of namespace <code>microsoft.graph</code>,
 * generated from the page <code>api-reference/v1.0/resources/clonableteamparts.md</code>.
 *
 * <table>
 * <caption>Members</caption>
 * <tr><th scope="col">Member</th><th scope="col">Value</th><th scope="col">Description</th></tr>
 * <tr><td>{@link #APPS apps}</td><td>1</td><td>Copy the list of installed apps.</td></tr>
 * <tr><td>{@link #TABS tabs}</td><td>2</td><td>copies the tabs within channels.</td></tr>
 * <tr><td>{@link #SETTINGS settings}</td><td>4</td><td>Copies all settings within the team, along with key group settings.</td></tr>
 * <tr><td>{@link #CHANNELS channels}</td><td>8</td><td>copies the channel structure (but not the messages in the channel).</td></tr>
 * <tr><td>{@link #MEMBERS members}</td><td>16</td><td>copies the members and owners of the team.</td></tr>
 * </table>
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the page api-reference/v1.0/resources/clonableteamparts.md"
)
@JsonAdapter(ClonableTeamParts.GsonAdapter.class)
public enum ClonableTeamParts {
    /**
     * Copy the list of installed apps.
     *
     * <p>Member <code>apps</code>, value 1.
     */
    APPS("apps", 1, "Copy the list of installed apps."),

    /**
     * copies the tabs within channels.
     *
     * <p>Member <code>tabs</code>, value 2.
     */
    TABS("tabs", 2, "copies the tabs within channels."),

    /**
     * Copies all settings within the team, along with key group settings.
     *
     * <p>Member <code>settings</code>, value 4.
     */
    SETTINGS("settings", 4, "Copies all settings within the team, along with key group settings."),

    /**
     * copies the channel structure (but not the messages in the channel).
     *
     * <p>Member <code>channels</code>, value 8.
     */
    CHANNELS("channels", 8, "copies the channel structure (but not the messages in the channel)."),

    /**
     * copies the members and owners of the team.
     *
     * <p>Member <code>members</code>, value 16.
     */
    MEMBERS("members", 16, "copies the members and owners of the team.");

    /**
     * Constants by member name: a perfect hash of the names' hash codes, slot {@code (memberName.hashCode() * 0xdaa66d2b) >>> 28}.
     * 0xdaa66d2b is 0x9e3779b9 times 3, the smallest odd factor that gives every member a slot of
     * its own (0x9e3779b9 is 2^32 divided by the golden ratio, which spreads keys evenly).
     */
    private static final ClonableTeamParts[] byMemberName = new ClonableTeamParts[16];

    /**
     * The member name of each slot of {@code byMemberName}; null where empty.
     */
    private static final String[] memberNames = new String[16];

    /**
     * Constants by value: slot {@code value - 1} holds the constant of that value.
     */
    private static final ClonableTeamParts[] byValue = new ClonableTeamParts[16];

    static {
        for (ClonableTeamParts constant : values()) {
            int nameSlot = (constant.memberName.hashCode() * 0xdaa66d2b) >>> 28;
            byMemberName[nameSlot] = constant;
            memberNames[nameSlot] = constant.memberName;
            byValue[constant.value - 1] = constant;
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
    private final Optional<ClonableTeamParts> found = Optional.of(this);

    /**
     * Creates a constant.
     *
     * @param memberName the Graph member name
     * @param value the documented value
     * @param description the description, as plain text
     */
    ClonableTeamParts(String memberName, int value, String description) {
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
    private static ClonableTeamParts constantNamed(String memberName) {
        int slot = (memberName.hashCode() * 0xdaa66d2b) >>> 28;
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
    public static ClonableTeamParts fromMemberName(String memberName) {
        ClonableTeamParts constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        if (constant == null) {
            throw new IllegalArgumentException("ClonableTeamParts has no member named " + quoted(memberName));
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
    public static Optional<ClonableTeamParts> findByMemberName(String memberName) {
        ClonableTeamParts constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? Optional.<ClonableTeamParts>empty() : constant.found;
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
    private static ClonableTeamParts constantOf(int value) {
        int index = value - 1;
        return index >= 0 && index < byValue.length ? byValue[index] : null;
    }

    /**
     * Returns the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant
     * @throws IllegalArgumentException if no member has that value
     */
    public static ClonableTeamParts fromValue(int value) {
        ClonableTeamParts constant = constantOf(value);
        if (constant == null) {
            throw new IllegalArgumentException("ClonableTeamParts has no member with value " + value);
        }
        return constant;
    }

    /**
     * Finds the constant of a value.
     *
     * @param value a value, as the page documents it
     * @return the constant, or empty if no member has that value
     */
    public static Optional<ClonableTeamParts> findByValue(int value) {
        ClonableTeamParts constant = constantOf(value);
        return constant == null ? Optional.<ClonableTeamParts>empty() : constant.found;
    }

    /**
     * Reads and writes {@link ClonableTeamParts} with Gson as its Graph member name. The enum names this
     * adapter in Gson's {@code @JsonAdapter}, so Gson uses it with no registration; it reads the keys
     * of a map too, which Gson writes with {@link ClonableTeamParts#toString()}, the member name. A name that no
     * member has is a {@link JsonSyntaxException} that names it and its path.
     */
    public static final class GsonAdapter extends TypeAdapter<ClonableTeamParts> {
        /**
         * Creates the adapter.
         */
        public GsonAdapter() {
        }

        @Override
        public void write(JsonWriter out, ClonableTeamParts value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.memberName());
            }
        }

        @Override
        public ClonableTeamParts read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            try {
                return ClonableTeamParts.fromMemberName(in.nextString());
            } catch (IllegalArgumentException e) {
                throw new JsonSyntaxException(e.getMessage() + " at path " + ClonableTeamParts.quoted(in.getPreviousPath()), e);
            }
        }
    }
}
