package com.example;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.Object;
import java.lang.Override;
import java.lang.String;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A member of {@link WorkforceIntegrationSupportedEntities} as the service sent it: a constant of the enum, or the name of a
 * member the service added after the enum was generated, kept as it came. The enum reads such
 * a name as {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE unknownFutureValue}, and writes that back, which the service rejects;
 * this type writes back the name it read.
 *
 * <p>Declare a property as this type when your code may send it back to the service (read,
 * change, write), as {@link WorkforceIntegrationSupportedEntities} when it only reads it. {@link #known()} gives the constant,
 * {@link #orUnknown()} the constant or {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE unknownFutureValue}, {@link #memberName()} the name as received.
 *
 * <p>Immutable, and equal by member name. Each constant of the enum has one instance, made once,
 * which {@link #of} and {@link #parse} return: only a name the enum does not know allocates.
 *
 * <p>Gson reads and writes it as the member name with {@link WorkforceIntegrationSupportedEntitiesMember.GsonAdapter}, which the type names in
 * Gson's {@code @JsonAdapter}: no registration.
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the table of com.example.WorkforceIntegrationSupportedEntitiesSpec"
)
@JsonAdapter(WorkforceIntegrationSupportedEntitiesMember.GsonAdapter.class)
public final class WorkforceIntegrationSupportedEntitiesMember {
    /**
     * The instance of each constant of {@link WorkforceIntegrationSupportedEntities}, by ordinal.
     */
    private static final WorkforceIntegrationSupportedEntitiesMember[] byOrdinal = ofEachConstant();

    /**
     * The member name, as received.
     */
    private final String memberName;

    /**
     * The constant of the member name; empty for a name the enum does not know.
     */
    private final Optional<WorkforceIntegrationSupportedEntities> known;

    /**
     * Creates a member.
     *
     * @param memberName the member name, as received
     * @param known its constant, or empty
     */
    private WorkforceIntegrationSupportedEntitiesMember(String memberName,
            Optional<WorkforceIntegrationSupportedEntities> known) {
        this.memberName = memberName;
        this.known = known;
    }

    /**
     * Makes the instance of each constant, once.
     *
     * @return the instances, by ordinal
     */
    private static WorkforceIntegrationSupportedEntitiesMember[] ofEachConstant() {
        WorkforceIntegrationSupportedEntities[] constants = WorkforceIntegrationSupportedEntities.values();
        WorkforceIntegrationSupportedEntitiesMember[] members = new WorkforceIntegrationSupportedEntitiesMember[constants.length];
        for (WorkforceIntegrationSupportedEntities constant : constants) {
            members[constant.ordinal()] = new WorkforceIntegrationSupportedEntitiesMember(constant.memberName(), Optional.of(constant));
        }
        return members;
    }

    /**
     * Returns the member of a constant: the one instance made for it.
     *
     * @param constant a constant of {@link WorkforceIntegrationSupportedEntities}
     * @return its member
     * @throws java.lang.NullPointerException if {@code constant} is null
     */
    public static WorkforceIntegrationSupportedEntitiesMember of(
            WorkforceIntegrationSupportedEntities constant) {
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
    public static WorkforceIntegrationSupportedEntitiesMember parse(String memberName) {
        Optional<WorkforceIntegrationSupportedEntities> known = WorkforceIntegrationSupportedEntities.findByMemberName(memberName);
        return known.isPresent() ? byOrdinal[known.get().ordinal()] : new WorkforceIntegrationSupportedEntitiesMember(memberName, known);
    }

    /**
     * Returns the constant of this member, if the enum knows it.
     *
     * @return the constant, or empty for a member added after the enum was generated
     */
    public Optional<WorkforceIntegrationSupportedEntities> known() {
        return known;
    }

    /**
     * Returns the constant of this member, or {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE} for a member the enum does not know,
     * as {@link WorkforceIntegrationSupportedEntities#fromMemberNameOrUnknown} reads it.
     *
     * @return the constant, or the sentinel
     */
    public WorkforceIntegrationSupportedEntities orUnknown() {
        return known.orElse(WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE);
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
        return other instanceof WorkforceIntegrationSupportedEntitiesMember && memberName.equals(((WorkforceIntegrationSupportedEntitiesMember) other).memberName);
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

    /**
     * Reads and writes {@link WorkforceIntegrationSupportedEntitiesMember} with Gson as its member name. The type names this adapter in
     * Gson's {@code @JsonAdapter}, so Gson uses it with no registration; it reads the keys of a map
     * too, which Gson writes with {@link WorkforceIntegrationSupportedEntitiesMember#toString()}, the member name.
     */
    public static final class GsonAdapter extends TypeAdapter<WorkforceIntegrationSupportedEntitiesMember> {
        /**
         * Creates the adapter.
         */
        public GsonAdapter() {
        }

        @Override
        public void write(JsonWriter out, WorkforceIntegrationSupportedEntitiesMember value) throws
                IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.memberName());
            }
        }

        @Override
        public WorkforceIntegrationSupportedEntitiesMember read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return WorkforceIntegrationSupportedEntitiesMember.parse(in.nextString());
        }
    }
}
