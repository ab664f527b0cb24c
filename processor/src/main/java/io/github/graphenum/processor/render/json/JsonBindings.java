package io.github.graphenum.processor.render.json;

import io.github.graphenum.processor.spec.Options;
import java.util.List;

/** The JSON bindings the processor knows, and those a compilation's options switch on. */
public final class JsonBindings {
  /**
   * Every binding, in the order their additions are placed in a generated type. A new binding is a
   * class and a line here: the options, the check of the class path, the claimed annotations, the
   * renderers and the build records all go through this list.
   */
  public static final List<JsonBinding> ALL =
      List.of(new JacksonBinding(), new GsonBinding(), new KiotaBinding());

  /** The option key of each binding, in the order of {@link #ALL}. */
  public static final List<String> OPTION_KEYS = ALL.stream().map(JsonBinding::optionKey).toList();

  private JsonBindings() {}

  /** The bindings that {@code options} switch on, in the order of {@link #ALL}. */
  public static List<JsonBinding> enabledBy(Options options) {
    return ALL.stream()
        .filter(binding -> options.bindings().contains(binding.optionKey()))
        .toList();
  }
}
