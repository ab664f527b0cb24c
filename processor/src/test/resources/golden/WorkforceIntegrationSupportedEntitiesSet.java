package com.example;

import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.IllegalArgumentException;
import java.lang.Integer;
import java.lang.Iterable;
import java.lang.Object;
import java.lang.Override;
import java.lang.String;
import java.lang.StringBuilder;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * A set of {@link WorkforceIntegrationSupportedEntities} flags, in Graph's wire form: member names joined by commas, such as
 * <code>"shift,swapRequest"</code>. Immutable, and backed by the bits of its members: {@link #contains},
 * {@link #size} and iteration look at one int.
 *
 * <p>Its elements are the members of a single bit, in declaration order; a member that
 * combines bits reads as those bits. The empty member {@link WorkforceIntegrationSupportedEntities#NONE none} is no element: it is what
 * the empty set is written as, and reading it adds nothing.
 *
 * <p>A member name that the enum does not know, a member the service added after this class was
 * generated, reads as {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE unknownFutureValue}, and the name is kept ({@link #unknownMemberNames})
 * and written back, last, instead of the sentinel's own name, which is written beside them only
 * when it was read too: a value read and written again reaches the service with the names it
 * had. Equality is by elements, as for every set.
 *
 * <p>Gson reads and writes it the same way once its adapter, {@link WorkforceIntegrationSupportedEntitiesSet.GsonAdapter}, is registered.
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the table of com.example.WorkforceIntegrationSupportedEntitiesSpec"
)
public final class WorkforceIntegrationSupportedEntitiesSet extends AbstractSet<WorkforceIntegrationSupportedEntities> {
    /**
     * The members of a single bit, in declaration order: the elements a set can hold.
     */
    private static final WorkforceIntegrationSupportedEntities[] bitMembers = {WorkforceIntegrationSupportedEntities.SHIFT, WorkforceIntegrationSupportedEntities.SWAP_REQUEST, WorkforceIntegrationSupportedEntities.USER_SHIFT_PREFERENCES, WorkforceIntegrationSupportedEntities.OPEN_SHIFT, WorkforceIntegrationSupportedEntities.OPEN_SHIFT_REQUEST, WorkforceIntegrationSupportedEntities.OFFER_SHIFT_REQUEST, WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE};

    /**
     * The empty set, made once.
     */
    private static final WorkforceIntegrationSupportedEntitiesSet empty = new WorkforceIntegrationSupportedEntitiesSet(0, Collections.<String>emptyList(), false);

    /**
     * The bits of the members this set holds.
     */
    private final int mask;

    /**
     * The member names the enum does not know, each once, in the order they first came;
     * unmodifiable.
     */
    private final List<String> unknownMemberNames;

    /**
     * Whether {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE unknownFutureValue} was read by its own name beside names the enum does not know, and so is
     * written back beside them.
     */
    private final boolean sentinelNamed;

    /**
     * Creates a set.
     *
     * @param mask the bits of its members
     * @param unknownMemberNames the member names the enum does not know, unmodifiable
     * @param sentinelNamed whether the sentinel was named beside them
     */
    private WorkforceIntegrationSupportedEntitiesSet(int mask, List<String> unknownMemberNames,
            boolean sentinelNamed) {
        this.mask = mask;
        this.unknownMemberNames = unknownMemberNames;
        this.sentinelNamed = sentinelNamed;
    }

    /**
     * The set of a mask of documented bits, with no name the enum does not know; the empty set made once for 0.
     *
     * @param mask the bits of its members
     * @return the set
     */
    private static WorkforceIntegrationSupportedEntitiesSet create(int mask) {
        return mask == 0 ? empty : new WorkforceIntegrationSupportedEntitiesSet(mask, Collections.<String>emptyList(), false);
    }

    /**
     * The set of a mask read from names, which keeps the names read as {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE unknownFutureValue}.
     *
     * @param mask the bits of its members
     * @param sentinelNames the names read as the sentinel, each once, in the order they first came:
     *     those the enum does not know, and the sentinel's own
     * @return the set
     */
    private static WorkforceIntegrationSupportedEntitiesSet create(int mask,
            Set<String> sentinelNames) {
        boolean sentinelNamed = sentinelNames.remove(WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE.memberName());
        if (sentinelNames.isEmpty()) {
            return create(mask);
        }
        return new WorkforceIntegrationSupportedEntitiesSet(mask, Collections.unmodifiableList(new ArrayList<>(sentinelNames)), sentinelNamed);
    }

    /**
     * Returns the set of some members. A member that combines bits adds those bits; the empty
     * member adds nothing.
     *
     * @param members members of {@link WorkforceIntegrationSupportedEntities}
     * @return their set
     * @throws java.lang.NullPointerException if a member is null
     */
    public static WorkforceIntegrationSupportedEntitiesSet of(
            WorkforceIntegrationSupportedEntities... members) {
        return copyOf(Arrays.asList(members));
    }

    /**
     * Returns the set of the members of a collection, as {@link #of} does; a set of this type is
     * returned as it is.
     *
     * @param members members of {@link WorkforceIntegrationSupportedEntities}
     * @return their set
     * @throws java.lang.NullPointerException if {@code members} is or holds null
     */
    public static WorkforceIntegrationSupportedEntitiesSet copyOf(
            Collection<WorkforceIntegrationSupportedEntities> members) {
        if (members instanceof WorkforceIntegrationSupportedEntitiesSet) {
            return (WorkforceIntegrationSupportedEntitiesSet) members;
        }
        int mask = 0;
        for (WorkforceIntegrationSupportedEntities member : members) {
            mask |= member.value();
        }
        return create(mask);
    }

    /**
     * Returns the set of the single-bit members whose bits are set in a mask.
     *
     * @param mask a bitwise OR of member values
     * @return the set of the members of its bits; empty for 0
     * @throws IllegalArgumentException if the mask has a bit that no member has
     */
    public static WorkforceIntegrationSupportedEntitiesSet fromMask(int mask) {
        int unknown = mask & ~0x47b;
        if (unknown != 0) {
            throw new IllegalArgumentException("WorkforceIntegrationSupportedEntities has no member for bits 0x" + Integer.toHexString(unknown) + " of mask " + mask);
        }
        return create(mask);
    }

    /**
     * Returns the bitwise OR of the members' values.
     *
     * @return the mask
     */
    public int toMask() {
        return mask;
    }

    /**
     * Parses Graph's wire form: member names joined by commas. Whitespace around a name is
     * ignored, and an empty or blank string is the empty set, as is {@link WorkforceIntegrationSupportedEntities#NONE none}.
     * A name that the enum does not know reads as {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE unknownFutureValue} and is kept.
     *
     * @param memberNames the names, joined by commas
     * @return the set of the named members
     * @throws IllegalArgumentException if a name is empty
     * @throws java.lang.NullPointerException if {@code memberNames} is null
     */
    public static WorkforceIntegrationSupportedEntitiesSet parse(String memberNames) {
        if (memberNames.trim().isEmpty()) {
            return empty;
        }
        int mask = 0;
        Set<String> sentinelNames = new LinkedHashSet<>();
        int start = 0;
        for (int comma = memberNames.indexOf(','); comma >= 0; comma = memberNames.indexOf(',', start)) {
            mask |= bitsOf(memberNames, start, comma, sentinelNames);
            start = comma + 1;
        }
        mask |= bitsOf(memberNames, start, memberNames.length(), sentinelNames);
        return create(mask, sentinelNames);
    }

    /**
     * The set of member names given one by one, as a JSON array gives them.
     *
     * @param memberNames the names
     * @return the set of the named members
     * @throws IllegalArgumentException if an item is no string, or a name is empty
     */
    private static WorkforceIntegrationSupportedEntitiesSet ofMemberNames(Iterable<?> memberNames) {
        int mask = 0;
        Set<String> sentinelNames = new LinkedHashSet<>();
        for (Object item : memberNames) {
            if (!(item instanceof String)) {
                throw new IllegalArgumentException("WorkforceIntegrationSupportedEntitiesSet reads member names, not " + WorkforceIntegrationSupportedEntities.quoted(String.valueOf(item)));
            }
            String memberName = (String) item;
            mask |= bitsOf(memberName, 0, memberName.length(), sentinelNames);
        }
        return create(mask, sentinelNames);
    }

    /**
     * The bits of the member named by {@code text} from {@code start} to {@code end}, whitespace
     * around the name ignored; for a name the enum does not know, the sentinel's bit. That name,
     * or the sentinel's own, goes into {@code sentinelNames}.
     *
     * @param text the text that holds the name
     * @param start where the name starts, whitespace before it included
     * @param end where it ends, whitespace after it included
     * @param sentinelNames the names read so far as the sentinel: those the enum does not know,
     *     and the sentinel's own
     * @return the member's bits
     * @throws IllegalArgumentException if the name is empty
     */
    private static int bitsOf(String text, int start, int end, Set<String> sentinelNames) {
        int nameStart = start;
        int nameEnd = end;
        while (nameStart < nameEnd && text.charAt(nameStart) <= ' ') {
            nameStart++;
        }
        while (nameEnd > nameStart && text.charAt(nameEnd - 1) <= ' ') {
            nameEnd--;
        }
        WorkforceIntegrationSupportedEntities member = WorkforceIntegrationSupportedEntities.constantNamed(text, nameStart, nameEnd);
        if (member != null) {
            if (member == WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE) {
                sentinelNames.add(member.memberName());
            }
            return member.value();
        }
        String memberName = text.substring(nameStart, nameEnd);
        if (!memberName.isEmpty()) {
            sentinelNames.add(memberName);
            return WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE.value();
        }
        throw new IllegalArgumentException("WorkforceIntegrationSupportedEntities has no member named " + WorkforceIntegrationSupportedEntities.quoted(memberName) + " (read from " + WorkforceIntegrationSupportedEntities.quoted(text) + ")");
    }

    /**
     * Returns Graph's wire form: the member names in declaration order, joined by commas,
     * with the names the enum does not know last, instead of the sentinel's own name (unless that
     * was read too).
     *
     * @return the names joined by commas; {@link WorkforceIntegrationSupportedEntities#NONE none} for the empty set
     */
    public String wireForm() {
        if (mask == 0) {
            return WorkforceIntegrationSupportedEntities.NONE.memberName();
        }
        StringBuilder names = new StringBuilder();
        for (WorkforceIntegrationSupportedEntities member : bitMembers) {
            if ((mask & member.value()) != 0 && (member != WorkforceIntegrationSupportedEntities.UNKNOWN_FUTURE_VALUE || sentinelNamed || unknownMemberNames.isEmpty())) {
                names.append(names.length() == 0 ? "" : ",").append(member.memberName());
            }
        }
        for (String memberName : unknownMemberNames) {
            names.append(names.length() == 0 ? "" : ",").append(memberName);
        }
        return names.toString();
    }

    /**
     * Returns the member names this set was read with that the enum does not know, each once,
     * in the order they first came: members the service added after this class was generated.
     * The set holds {@link WorkforceIntegrationSupportedEntities#UNKNOWN_FUTURE_VALUE unknownFutureValue} for them.
     *
     * @return the names, unmodifiable; empty when there are none
     */
    public List<String> unknownMemberNames() {
        return unknownMemberNames;
    }

    /**
     * Returns Graph's wire form, as {@link #wireForm} does.
     *
     * @return the names joined by commas
     */
    @Override
    public String toString() {
        return wireForm();
    }

    /**
     * Returns whether this set holds a member: one of a single bit, whose bit is set.
     *
     * @param element a member, or anything else
     * @return whether it is an element of this set
     */
    @Override
    public boolean contains(Object element) {
        if (!(element instanceof WorkforceIntegrationSupportedEntities)) {
            return false;
        }
        int bits = ((WorkforceIntegrationSupportedEntities) element).value();
        return (bits & (bits - 1)) == 0 && (mask & bits) != 0;
    }

    @Override
    public int size() {
        return Integer.bitCount(mask);
    }

    @Override
    public boolean isEmpty() {
        return mask == 0;
    }

    /**
     * Returns the members in declaration order.
     *
     * @return an iterator over the members
     */
    @Override
    public Iterator<WorkforceIntegrationSupportedEntities> iterator() {
        return new Iterator<WorkforceIntegrationSupportedEntities>() {
            private int position = indexFrom(0);

            @Override
            public boolean hasNext() {
                return position < bitMembers.length;
            }

            @Override
            public WorkforceIntegrationSupportedEntities next() {
                if (position == bitMembers.length) {
                    throw new NoSuchElementException();
                }
                WorkforceIntegrationSupportedEntities member = bitMembers[position];
                position = indexFrom(position + 1);
                return member;
            }
        };
    }

    /**
     * The index in {@code bitMembers} of the first member from {@code index} on that this set
     * holds.
     *
     * @param index where to start
     * @return that index, or {@code bitMembers.length} if there is none
     */
    private int indexFrom(int index) {
        int next = index;
        while (next < bitMembers.length && (mask & bitMembers[next].value()) == 0) {
            next++;
        }
        return next;
    }

    /**
     * Returns whether {@code other} is a set of the same members, as for every set (the names the
     * enum does not know take no part).
     *
     * @param other an object
     * @return whether it is a set of the same members
     */
    @Override
    public boolean equals(Object other) {
        if (other instanceof WorkforceIntegrationSupportedEntitiesSet) {
            return mask == ((WorkforceIntegrationSupportedEntitiesSet) other).mask;
        }
        return super.equals(other);
    }

    /**
     * Returns the sum of the members' hash codes, as for every set.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = 0;
        for (WorkforceIntegrationSupportedEntities member : bitMembers) {
            if ((mask & member.value()) != 0) {
                hash += member.hashCode();
            }
        }
        return hash;
    }

    /**
     * Reads and writes {@link WorkforceIntegrationSupportedEntitiesSet} with Gson in Graph's wire form, and reads a JSON array of member
     * names too; a name that no member has is a {@link JsonSyntaxException} that names it and its path.
     * Gson gives every {@link Collection} its own adapter before it looks at a class's annotations, so
     * register this one, once per Gson:
     * {@code new GsonBuilder().registerTypeAdapter(WorkforceIntegrationSupportedEntitiesSet.class, new WorkforceIntegrationSupportedEntitiesSet.GsonAdapter())}.
     */
    public static final class GsonAdapter extends TypeAdapter<WorkforceIntegrationSupportedEntitiesSet> {
        /**
         * Creates the adapter.
         */
        public GsonAdapter() {
        }

        @Override
        public void write(JsonWriter out, WorkforceIntegrationSupportedEntitiesSet value) throws
                IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.wireForm());
            }
        }

        @Override
        public WorkforceIntegrationSupportedEntitiesSet read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            try {
                if (in.peek() != JsonToken.BEGIN_ARRAY) {
                    return WorkforceIntegrationSupportedEntitiesSet.parse(in.nextString());
                }
                List<String> memberNames = new ArrayList<>();
                in.beginArray();
                while (in.hasNext()) {
                    memberNames.add(in.nextString());
                }
                in.endArray();
                return WorkforceIntegrationSupportedEntitiesSet.ofMemberNames(memberNames);
            } catch (IllegalArgumentException e) {
                throw new JsonSyntaxException(e.getMessage() + " at path " + WorkforceIntegrationSupportedEntities.quoted(in.getPreviousPath()), e);
            }
        }
    }
}
