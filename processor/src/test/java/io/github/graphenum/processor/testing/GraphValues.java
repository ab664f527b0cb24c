package io.github.graphenum.processor.testing;

import java.util.List;

/** Values of Graph enums whose shape a test needs. */
public final class GraphValues {
  /** The values of v1.0 {@code iosUpdatesInstallStatus}: 0 to 3 and a cluster 2 billion away. */
  public static final List<Integer> IOS_UPDATES_INSTALL_STATUS =
      List.of(
          0,
          1,
          2,
          3,
          -2016330712,
          -2016330711,
          -2016330710,
          -2016330709,
          -2016330708,
          -2016330707,
          -2016330706,
          -2016330705,
          -2016330704,
          -2016330703,
          -2016330702,
          -2016330701,
          -2016330699,
          -2016330696);

  private GraphValues() {}
}
