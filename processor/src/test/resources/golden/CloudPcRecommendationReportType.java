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
 * The Graph enum <code>cloudPcRecommendationReportType</code>,
 * generated from the table of <code>com.example.CloudPcRecommendationReportTypeSpec</code>. No namespace is stated.
 *
 * <p>The table gives no values, so this enum has none: the service's numbers are
 * not guessed from the order of the table.
 *
 * <p>This enum is evolvable: the service adds members after {@link #UNKNOWN_FUTURE_VALUE},
 * and returns them only to clients that send <code>Prefer: include-unknown-enum-members</code>;
 * other clients get the sentinel.
 * {@link #fromMemberNameOrUnknown} reads a member this enum does not know as the sentinel
 * too, so that a client built today keeps working when the service adds members.
 * Declare a value that your code sends back as {@link CloudPcRecommendationReportTypeMember} instead,
 * which keeps the name of such a member and writes it back as it came.
 *
 * <table>
 * <caption>Members</caption>
 * <tr><th scope="col">Member</th><th scope="col">Description</th></tr>
 * <tr><td>{@link #CLOUD_PC_USAGE_CATEGORY_REPORT cloudPcUsageCategoryReport}</td><td>Indicates the report that shows the usage of Cloud PCs along with their associated categories.</td></tr>
 * <tr><td>{@link #UNKNOWN_FUTURE_VALUE unknownFutureValue}</td><td>Evolvable enumeration sentinel value. Don't use.</td></tr>
 * <tr><td>{@link #CLOUD_PC_USAGE_CATEGORY_REPORTS cloudPcUsageCategoryReports}</td><td>Indicates the report that shows the usage of Cloud PCs along with their associated categories. The <code>cloudPcUsageCategoryReports</code> member is deprecated and will stop returning on December 31, 2025. Going forward, use the <code>cloudPcUsageCategoryReport</code> member.</td></tr>
 * </table>
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the table of com.example.CloudPcRecommendationReportTypeSpec"
)
public enum CloudPcRecommendationReportType {
    /**
     * Indicates the report that shows the usage of Cloud PCs along with their associated categories.
     *
     * <p>Member <code>cloudPcUsageCategoryReport</code>.
     */
    CLOUD_PC_USAGE_CATEGORY_REPORT("cloudPcUsageCategoryReport", "Indicates the report that shows the usage of Cloud PCs along with their associated categories."),

    /**
     * Evolvable enumeration sentinel value. Don't use.
     *
     * <p>Member <code>unknownFutureValue</code>.
     */
    UNKNOWN_FUTURE_VALUE("unknownFutureValue", "Evolvable enumeration sentinel value. Don't use."),

    /**
     * Indicates the report that shows the usage of Cloud PCs along with their associated categories. The <code>cloudPcUsageCategoryReports</code> member is deprecated and will stop returning on December 31, 2025. Going forward, use the <code>cloudPcUsageCategoryReport</code> member.
     *
     * <p>Member <code>cloudPcUsageCategoryReports</code>.
     *
     * <p>Evolvable: the service returns this member only to clients that send
     * <code>Prefer: include-unknown-enum-members</code>; to others it returns {@link #UNKNOWN_FUTURE_VALUE}.
     * The header's value is {@link #PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS}.
     *
     * @deprecated The <code>cloudPcUsageCategoryReports</code> member is deprecated and will stop returning on December 31, 2025. Going forward, use the {@link #CLOUD_PC_USAGE_CATEGORY_REPORT cloudPcUsageCategoryReport} member.
     */
    @Deprecated
    CLOUD_PC_USAGE_CATEGORY_REPORTS("cloudPcUsageCategoryReports", "Indicates the report that shows the usage of Cloud PCs along with their associated categories. The cloudPcUsageCategoryReports member is deprecated and will stop returning on December 31, 2025. Going forward, use the cloudPcUsageCategoryReport member.");

    /**
     * The value of the <code>Prefer</code> request header with which the service returns the members
     * it added after {@link #UNKNOWN_FUTURE_VALUE} (those for which {@link #isEvolvable()} is true):
     * <code>Prefer: include-unknown-enum-members</code>. Without it, the service returns
     * {@link #UNKNOWN_FUTURE_VALUE} in their place.
     */
    public static final String PREFER_INCLUDE_UNKNOWN_ENUM_MEMBERS = "include-unknown-enum-members";

    /**
     * Constants by member name: a perfect hash of the names' hash codes, slot {@code (memberName.hashCode() * 0x9e3779b9) >>> 29}.
     * 0x9e3779b9 is 2^32 divided by the golden ratio, which spreads keys evenly;
     * it gives every member a slot of its own.
     */
    private static final CloudPcRecommendationReportType[] byMemberName = new CloudPcRecommendationReportType[8];

    /**
     * The member name of each slot of {@code byMemberName}; null where empty.
     */
    private static final String[] memberNames = new String[8];

    static {
        for (CloudPcRecommendationReportType constant : values()) {
            int nameSlot = (constant.memberName.hashCode() * 0x9e3779b9) >>> 29;
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
    private final Optional<CloudPcRecommendationReportType> found = Optional.of(this);

    /**
     * Creates a constant.
     *
     * @param memberName the Graph member name
     * @param description the description, as plain text
     */
    CloudPcRecommendationReportType(String memberName, String description) {
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
    private static CloudPcRecommendationReportType constantNamed(String memberName) {
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
    public static CloudPcRecommendationReportType fromMemberName(String memberName) {
        CloudPcRecommendationReportType constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        if (constant == null) {
            throw new IllegalArgumentException("CloudPcRecommendationReportType has no member named " + quoted(memberName));
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
    public static Optional<CloudPcRecommendationReportType> findByMemberName(String memberName) {
        CloudPcRecommendationReportType constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? Optional.<CloudPcRecommendationReportType>empty() : constant.found;
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
    public static CloudPcRecommendationReportType fromMemberNameOrUnknown(String memberName) {
        CloudPcRecommendationReportType constant = constantNamed(Objects.requireNonNull(memberName, "memberName"));
        return constant == null ? CloudPcRecommendationReportType.UNKNOWN_FUTURE_VALUE : constant;
    }
}
