package io.github.graphenum.processor;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/** Loads compiled generated classes, to call the generated code. */
final class GeneratedClasses extends ClassLoader {
  private final Map<String, byte[]> classes;

  GeneratedClasses(Map<String, byte[]> classes) {
    super(GeneratedClasses.class.getClassLoader());
    this.classes = Map.copyOf(classes);
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
  Class<?> type(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " was not generated", e);
    }
  }

  /** The generated enum {@code name}'s constants. */
  Object[] constants(String name) {
    return type(name).getEnumConstants();
  }

  /** Calls the public no-argument method {@code method} of {@code target}. */
  static Object call(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls the public static one-argument method {@code method} of {@code type}. */
  static Object callStatic(Class<?> type, String method, Class<?> parameter, Object argument)
      throws Throwable {
    try {
      return type.getMethod(method, parameter).invoke(null, argument);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
