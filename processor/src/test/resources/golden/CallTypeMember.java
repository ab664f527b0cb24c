package com.example;

import java.lang.Object;
import java.lang.Override;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A member of {@link CallType} as the service sent it: a constant of the enum, or the name of a
 * member the service added after the enum was generated, kept as it came. The enum reads such
 * a name as {@link CallType#UNKNOWN_FUTURE_VALUE unknownFutureValue}, and writes that back, which the service rejects;
 * this type writes back the name it read.
 *
 * <p>Declare a property as this type when your code may send it back to the service (read,
 * change, write), as {@link CallType} when it only reads it. {@link #known()} gives the constant,
 * {@link #orUnknown()} the constant or {@link CallType#UNKNOWN_FUTURE_VALUE unknownFutureValue}, {@link #memberName()} the name as received.
 *
 * <p>Immutable, and equal by member name. Each constant of the enum has one instance, made once,
 * which {@link #of} and {@link #parse} return: only a name the enum does not know allocates.
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the page api-reference/v1.0/resources/enums-callrecords.md"
)
public final class CallTypeMember {
    /**
     * The instance of each constant of {@link CallType}, by ordinal.
     */
    private static final CallTypeMember[] byOrdinal = ofEachConstant();

    /**
     * The member name, as received.
     */
    private final String memberName;

    /**
     * The constant of the member name; empty for a name the enum does not know.
     */
    private final Optional<CallType> known;

    /**
     * Creates a member.
     *
     * @param memberName the member name, as received
     * @param known its constant, or empty
     */
    private CallTypeMember(String memberName, Optional<CallType> known) {
        this.memberName = memberName;
        this.known = known;
    }

    /**
     * Makes the instance of each constant, once.
     *
     * @return the instances, by ordinal
     */
    private static CallTypeMember[] ofEachConstant() {
        CallType[] constants = CallType.values();
        CallTypeMember[] members = new CallTypeMember[constants.length];
        for (CallType constant : constants) {
            members[constant.ordinal()] = new CallTypeMember(constant.memberName(), Optional.of(constant));
        }
        return members;
    }

    /**
     * Returns the member of a constant: the one instance made for it.
     *
     * @param constant a constant of {@link CallType}
     * @return its member
     * @throws java.lang.NullPointerException if {@code constant} is null
     */
    public static CallTypeMember of(CallType constant) {
        return byOrdinal[Objects.requireNonNull(constant, "constant").ordinal()];
    }

    /**
     * Returns the member of a Graph member name, as the service sends it: the one instance of
     * its constant when the enum knows the name (the match is exact and case-sensitive), else a
     * member that keeps the name.
     *
     * @param memberName a member name
     * @return its member
     * @throws java.lang.NullPointerException if {@code memberName} is null
     */
    public static CallTypeMember parse(String memberName) {
        Optional<CallType> known = CallType.findByMemberName(memberName);
        return known.isPresent() ? byOrdinal[known.get().ordinal()] : new CallTypeMember(memberName, known);
    }

    /**
     * Returns the constant of this member, if the enum knows it.
     *
     * @return the constant, or empty for a member added after the enum was generated
     */
    public Optional<CallType> known() {
        return known;
    }

    /**
     * Returns the constant of this member, or {@link CallType#UNKNOWN_FUTURE_VALUE} for a member the enum does not know,
     * as {@link CallType#fromMemberNameOrUnknown} reads it.
     *
     * @return the constant, or the sentinel
     */
    public CallType orUnknown() {
        return known.orElse(CallType.UNKNOWN_FUTURE_VALUE);
    }

    /**
     * Returns the Graph member name as it was received: what this member is written back as.
     *
     * @return the member name
     */
    public String memberName() {
        return memberName;
    }

    /**
     * Returns whether {@code other} is a member of the same name.
     *
     * @param other an object
     * @return whether it is a member of the same name
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CallTypeMember && memberName.equals(((CallTypeMember) other).memberName);
    }

    /**
     * Returns the member name's hash code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return memberName.hashCode();
    }

    /**
     * Returns the member name, as {@link #memberName()} does: Gson writes a map's keys with it.
     *
     * @return the member name
     */
    @Override
    public String toString() {
        return memberName;
    }
}
