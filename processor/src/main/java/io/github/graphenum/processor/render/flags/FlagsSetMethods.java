package io.github.graphenum.processor.render.flags;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.lang.model.element.Modifier;

/**
 * The {@link java.util.Set} methods of a flags set, which its renderer adds: each reads the set's
 * mask, none loops over a collection.
 */
final class FlagsSetMethods {
  private FlagsSetMethods() {}

  /** The {@link java.util.Set} methods, on the mask: none of them loops over a collection. */
  static void addTo(TypeSpec.Builder type, FlagsSetShape shape) {
    type.addMethod(
        MethodSpec.methodBuilder("contains")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "element")
            .addJavadoc(
                "Returns whether this set holds a member: one of a single bit, whose bit is"
                    + " set.\n\n")
            .addJavadoc("@param element a member, or anything else\n")
            .addJavadoc("@return whether it is an element of this set\n")
            .beginControlFlow("if (!(element instanceof $T))", shape.element())
            .addStatement("return false")
            .endControlFlow()
            .addStatement("int bits = (($T) element).value()", shape.element())
            .addStatement("return (bits & (bits - 1)) == 0 && (mask & bits) != 0")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("size")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return $T.bitCount(mask)", Integer.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("isEmpty")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return mask == 0")
            .build());
    TypeName iterator = ParameterizedTypeName.get(ClassName.get(Iterator.class), shape.element());
    TypeSpec iteration =
        TypeSpec.anonymousClassBuilder("")
            .addSuperinterface(iterator)
            .addField(
                FieldSpec.builder(int.class, "position", Modifier.PRIVATE)
                    .initializer("indexFrom(0)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("hasNext")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return position < bitMembers.length")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("next")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(shape.element())
                    .beginControlFlow("if (position == bitMembers.length)")
                    .addStatement("throw new $T()", NoSuchElementException.class)
                    .endControlFlow()
                    .addStatement("$T member = bitMembers[position]", shape.element())
                    .addStatement("position = indexFrom(position + 1)")
                    .addStatement("return member")
                    .build())
            .build();
    type.addMethod(
        MethodSpec.methodBuilder("iterator")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(iterator)
            .addJavadoc(
                """
                Returns the members in declaration order.

                @return an iterator over the members
                """)
            .addStatement("return $L", iteration)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("indexFrom")
            .addModifiers(Modifier.PRIVATE)
            .returns(int.class)
            .addParameter(int.class, "index")
            .addJavadoc(
                "The index in {@code bitMembers} of the first member from {@code index} on that"
                    + " this set\n")
            .addJavadoc(
                """
                holds.

                @param index where to start
                @return that index, or {@code bitMembers.length} if there is none
                """)
            .addStatement("int next = index")
            .beginControlFlow(
                "while (next < bitMembers.length && (mask & bitMembers[next].value()) == 0)")
            .addStatement("next++")
            .endControlFlow()
            .addStatement("return next")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .addJavadoc(
                "Returns whether {@code other} is a set of the same members, as for every"
                    + " set$L.\n\n",
                shape.unknown() == null ? "" : " (the names the\nenum does not know take no part)")
            .addJavadoc("@param other an object\n@return whether it is a set of the same members\n")
            .beginControlFlow("if (other instanceof $T)", shape.set())
            .addStatement("return mask == (($T) other).mask", shape.set())
            .endControlFlow()
            .addStatement("return super.equals(other)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addJavadoc(
                """
                Returns the sum of the members' hash codes, as for every set.

                @return the hash code
                """)
            .addStatement("int hash = 0")
            .beginControlFlow("for ($T member : bitMembers)", shape.element())
            .beginControlFlow("if ((mask & member.value()) != 0)")
            .addStatement("hash += member.hashCode()")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return hash")
            .build());
  }
}
