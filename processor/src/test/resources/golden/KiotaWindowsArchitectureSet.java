package com.example;

import java.lang.IllegalArgumentException;
import java.lang.Integer;
import java.lang.Object;
import java.lang.Override;
import java.lang.String;
import java.lang.StringBuilder;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/**
 * A set of {@link KiotaWindowsArchitecture} flags, in Graph's wire form: member names joined by commas, such as
 * <code>"x86,x64"</code>. Immutable, and backed by the bits of its members: {@link #contains},
 * {@link #size} and iteration look at one int.
 *
 * <p>Its elements are the members of a single bit, in declaration order; a member that
 * combines bits reads as those bits. The empty member {@link KiotaWindowsArchitecture#NONE none} is no element: it is what
 * the empty set is written as, and reading it adds nothing.
 *
 * <p>A name that no member has is an {@link IllegalArgumentException} that names it.
 *
 * <p>Kiota reads and writes a flags property as an {@link EnumSet}: {@link #copyOf} and {@link
 * #toEnumSet} convert.
 */
@Generated(
        value = "io.github.graphenum.processor.GraphEnumProcessor",
        comments = "from the page api-reference/v1.0/resources/intune-apps-windowsarchitecture.md"
)
public final class KiotaWindowsArchitectureSet extends AbstractSet<KiotaWindowsArchitecture> {
    /**
     * The members of a single bit, in declaration order: the elements a set can hold.
     */
    private static final KiotaWindowsArchitecture[] bitMembers = {KiotaWindowsArchitecture.X86, KiotaWindowsArchitecture.X64, KiotaWindowsArchitecture.ARM, KiotaWindowsArchitecture.NEUTRAL};

    /**
     * The empty set, made once.
     */
    private static final KiotaWindowsArchitectureSet empty = new KiotaWindowsArchitectureSet(0);

    /**
     * The bits of the members this set holds.
     */
    private final int mask;

    /**
     * Creates a set.
     *
     * @param mask the bits of its members
     */
    private KiotaWindowsArchitectureSet(int mask) {
        this.mask = mask;
    }

    /**
     * The set of a mask of documented bits; the empty set made once for 0.
     *
     * @param mask the bits of its members
     * @return the set
     */
    private static KiotaWindowsArchitectureSet create(int mask) {
        return mask == 0 ? empty : new KiotaWindowsArchitectureSet(mask);
    }

    /**
     * Returns the set of some members. A member that combines bits adds those bits; the empty
     * member adds nothing.
     *
     * @param members members of {@link KiotaWindowsArchitecture}
     * @return their set
     * @throws java.lang.NullPointerException if a member is null
     */
    public static KiotaWindowsArchitectureSet of(KiotaWindowsArchitecture... members) {
        return copyOf(Arrays.asList(members));
    }

    /**
     * Returns the set of the members of a collection, as {@link #of} does; a set of this type is
     * returned as it is.
     *
     * @param members members of {@link KiotaWindowsArchitecture}
     * @return their set
     * @throws java.lang.NullPointerException if {@code members} is or holds null
     */
    public static KiotaWindowsArchitectureSet copyOf(Collection<KiotaWindowsArchitecture> members) {
        if (members instanceof KiotaWindowsArchitectureSet) {
            return (KiotaWindowsArchitectureSet) members;
        }
        int mask = 0;
        for (KiotaWindowsArchitecture member : members) {
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
    public static KiotaWindowsArchitectureSet fromMask(int mask) {
        int unknown = mask & ~0xf;
        if (unknown != 0) {
            throw new IllegalArgumentException("KiotaWindowsArchitecture has no member for bits 0x" + Integer.toHexString(unknown) + " of mask " + mask);
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
     * ignored, and an empty or blank string is the empty set, as is {@link KiotaWindowsArchitecture#NONE none}.
     *
     * @param memberNames the names, joined by commas
     * @return the set of the named members
     * @throws IllegalArgumentException if a name is no member's
     * @throws java.lang.NullPointerException if {@code memberNames} is null
     */
    public static KiotaWindowsArchitectureSet parse(String memberNames) {
        if (memberNames.trim().isEmpty()) {
            return empty;
        }
        int mask = 0;
        int start = 0;
        for (int comma = memberNames.indexOf(','); comma >= 0; comma = memberNames.indexOf(',', start)) {
            mask |= bitsOf(memberNames, start, comma);
            start = comma + 1;
        }
        mask |= bitsOf(memberNames, start, memberNames.length());
        return create(mask);
    }

    /**
     * Returns this set's members as an {@link EnumSet}, which Kiota writes with {@code
     * writer.writeEnumSetValue(key, set.toEnumSet())}. The other way, {@link #copyOf} reads
     * {@code parseNode.getEnumSetValue(KiotaWindowsArchitecture::forValue)}.
     *
     * @return a new, modifiable {@code EnumSet} of this set's members
     */
    public EnumSet<KiotaWindowsArchitecture> toEnumSet() {
        EnumSet<KiotaWindowsArchitecture> members = EnumSet.noneOf(KiotaWindowsArchitecture.class);
        members.addAll(this);
        return members;
    }

    /**
     * The bits of the member named by {@code text} from {@code start} to {@code end}, whitespace
     * around the name ignored.
     *
     * @param text the text that holds the name
     * @param start where the name starts, whitespace before it included
     * @param end where it ends, whitespace after it included
     * @return the member's bits
     * @throws IllegalArgumentException if the name is no member's
     */
    private static int bitsOf(String text, int start, int end) {
        int nameStart = start;
        int nameEnd = end;
        while (nameStart < nameEnd && text.charAt(nameStart) <= ' ') {
            nameStart++;
        }
        while (nameEnd > nameStart && text.charAt(nameEnd - 1) <= ' ') {
            nameEnd--;
        }
        KiotaWindowsArchitecture member = KiotaWindowsArchitecture.constantNamed(text, nameStart, nameEnd);
        if (member != null) {
            return member.value();
        }
        String memberName = text.substring(nameStart, nameEnd);
        throw new IllegalArgumentException("KiotaWindowsArchitecture has no member named " + KiotaWindowsArchitecture.quoted(memberName) + " (read from " + KiotaWindowsArchitecture.quoted(text) + ")");
    }

    /**
     * Returns Graph's wire form: the member names in declaration order, joined by commas.
     *
     * @return the names joined by commas; {@link KiotaWindowsArchitecture#NONE none} for the empty set
     */
    public String wireForm() {
        if (mask == 0) {
            return KiotaWindowsArchitecture.NONE.memberName();
        }
        StringBuilder names = new StringBuilder();
        for (KiotaWindowsArchitecture member : bitMembers) {
            if ((mask & member.value()) != 0) {
                names.append(names.length() == 0 ? "" : ",").append(member.memberName());
            }
        }
        return names.toString();
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
        if (!(element instanceof KiotaWindowsArchitecture)) {
            return false;
        }
        int bits = ((KiotaWindowsArchitecture) element).value();
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
    public Iterator<KiotaWindowsArchitecture> iterator() {
        return new Iterator<KiotaWindowsArchitecture>() {
            private int position = indexFrom(0);

            @Override
            public boolean hasNext() {
                return position < bitMembers.length;
            }

            @Override
            public KiotaWindowsArchitecture next() {
                if (position == bitMembers.length) {
                    throw new NoSuchElementException();
                }
                KiotaWindowsArchitecture member = bitMembers[position];
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
     * Returns whether {@code other} is a set of the same members, as for every set.
     *
     * @param other an object
     * @return whether it is a set of the same members
     */
    @Override
    public boolean equals(Object other) {
        if (other instanceof KiotaWindowsArchitectureSet) {
            return mask == ((KiotaWindowsArchitectureSet) other).mask;
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
        for (KiotaWindowsArchitecture member : bitMembers) {
            if ((mask & member.value()) != 0) {
                hash += member.hashCode();
            }
        }
        return hash;
    }
}
