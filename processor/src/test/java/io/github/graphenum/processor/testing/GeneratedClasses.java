package io.github.graphenum.processor.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Loads compiled generated classes, to call the generated code. */
public final class GeneratedClasses extends ClassLoader {
  /** The methods an enum has only when its page gives values. */
  public static final Set<String> VALUE_METHODS = Set.of("value", "fromValue", "findByValue");

  /**
   * The methods an enum has only when it is evolvable (has an {@code unknownFutureValue} member).
   */
  public static final Set<String> EVOLVABLE_METHODS =
      Set.of("isEvolvable", "fromMemberNameOrUnknown");

  /** The methods an enum has only when it is a flags enum. */
  public static final Set<String> FLAGS_METHODS =
      Set.of("toMask", "fromMask", "findByMask", "parseMemberNames", "formatMemberNames");

  private final Map<String, byte[]> classes;
  private final Map<String, byte[]> resources;

  public GeneratedClasses(Map<String, byte[]> classes) {
    this(classes, Map.of());
  }

  /**
   * Classes and the resources beside them (resource bundles), as {@link InMemoryJavac} keeps them.
   */
  public GeneratedClasses(Map<String, byte[]> classes, Map<String, byte[]> resources) {
    super(GeneratedClasses.class.getClassLoader());
    this.classes = Map.copyOf(classes);
    this.resources = Map.copyOf(resources);
  }

  /** The generated classes of {@code result}, with its resources. */
  public static GeneratedClasses of(InMemoryJavac.Result result) {
    return new GeneratedClasses(result.classes(), result.resources());
  }

  /**
   * A resource by its path, as a URL that reads it from memory: how {@code ResourceBundle} loads
   * one.
   */
  @Override
  protected URL findResource(String name) {
    byte[] bytes = resources.get(name);
    if (bytes == null) {
      return null;
    }
    try {
      return new URL(
          null,
          "mem:/" + name,
          new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
              return new URLConnection(url) {
                @Override
                public void connect() {}

                @Override
                public InputStream getInputStream() {
                  return new ByteArrayInputStream(bytes);
                }
              };
            }
          });
    } catch (MalformedURLException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** The generated enum {@code name}. */
  public Class<?> type(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " was not generated", e);
    }
  }

  /** The generated enum {@code name}'s constants. */
  public Object[] constants(String name) {
    return type(name).getEnumConstants();
  }

  /** The names of the public methods {@code type} declares, javac's synthetic ones aside. */
  public static Set<String> publicMethodNames(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The annotations of packages starting with {@code prefix} on {@code type}, its members and its
   * nested classes, as {@code member: @Annotation}, members by name; nested classes that extend a
   * type of those packages are listed too, as {@code Nested: extends Type}.
   */
  public static List<String> annotations(Class<?> type, String prefix) {
    List<String> found = new ArrayList<>();
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSuperclass() != null && nested.getSuperclass().getName().startsWith(prefix)) {
        found.add(nested.getSimpleName() + ": extends " + nested.getSuperclass().getSimpleName());
      }
    }
    List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
    elements.addAll(List.of(type.getDeclaredFields()));
    elements.addAll(List.of(type.getDeclaredConstructors()));
    elements.addAll(
        Arrays.stream(type.getDeclaredMethods())
            .sorted(Comparator.comparing(Method::getName))
            .toList());
    for (AnnotatedElement element : elements) {
      for (Annotation annotation : element.getDeclaredAnnotations()) {
        if (annotation.annotationType().getName().startsWith(prefix)) {
          String name = element instanceof Member member ? member.getName() : type.getSimpleName();
          found.add(name + ": @" + annotation.annotationType().getSimpleName());
        }
      }
    }
    return found;
  }

  /** Calls the public no-argument method {@code method} of {@code target}. */
  public static Object call(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls the public static one-argument method {@code method} of {@code type}. */
  public static Object callStatic(Class<?> type, String method, Class<?> parameter, Object argument)
      throws Throwable {
    try {
      return type.getMethod(method, parameter).invoke(null, argument);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
