package io.github.graphenum.processor.render.json;

import com.palantir.javapoet.ClassName;
import io.github.graphenum.processor.diagnostic.Diagnostic;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.validation.ValidatedEnum;
import java.util.List;

/**
 * A library that reads and writes the generated types as JSON, switched on by one processor option:
 * everything graphenum knows of the library is in its binding. The processor reads the binding's
 * option, checks the class path for its library, claims its annotations, and asks it what it adds
 * to each generated type; each renderer places those additions ({@link JsonAdditions}).
 *
 * <p>Adding a library is a class that implements this interface and a line in {@link
 * JsonBindings#ALL}; nothing else names a binding.
 */
public interface JsonBinding {

  /** The processor option that switches the binding on, such as {@code graphenum.jackson}. */
  String optionKey();

  /** The library the generated code needs on the compile class path with the option on. */
  Library library();

  /**
   * The annotations the generated code carries with the binding on, by qualified name. The
   * processor claims them, so that javac's {@code -Xlint:processing} does not warn, in the round of
   * the generated sources, that no processor claimed them (which fails a {@code -Werror} build).
   */
  List<String> annotations();

  /** What the binding adds to the generated enum {@code self} of {@code model}. */
  JsonAdditions toEnum(ClassName self, ValidatedEnum model);

  /**
   * What the binding adds to the set type of a flags enum.
   *
   * @param set the set type, {@code <Enum>Set}
   * @param element the flags enum
   * @param keepsUnknownNames whether the set reads a name the enum does not know as the enum's
   *     sentinel and keeps the name; when not, such a name is an {@link IllegalArgumentException}
   */
  JsonAdditions toFlagsSet(ClassName set, ClassName element, boolean keepsUnknownNames);

  /**
   * What the binding adds to the member type {@code <Enum>Member} of an evolvable enum: a member as
   * the service sent it, which keeps the name of a member the enum does not know, read and written
   * as that name, a JSON string. Its renderer places the additions as the enum's does: the writer
   * is its {@code memberName()}, the reader its {@code parse(String)}, which reads every name.
   *
   * @param member the member type, {@code <Enum>Member}
   * @param model the evolvable enum
   */
  JsonAdditions toMember(ClassName member, ValidatedEnum model);

  /** The error when the binding's option is on and its library is not on the compile class path. */
  default Diagnostic missingLibrary() {
    return Message.JSON_LIBRARY_MISSING.at(optionKey(), library().name(), library().dependency());
  }

  /**
   * A library on the compile class path.
   *
   * @param name the library as the error of its absence names it ({@code Jackson's annotations})
   * @param dependency the Maven coordinates that add it, {@code groupId:artifactId}
   * @param probeClass the qualified name of a class of it, looked up to tell whether it is there
   */
  record Library(String name, String dependency, String probeClass) {}
}
