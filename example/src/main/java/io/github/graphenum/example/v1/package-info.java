/**
 * Every enum of the example's v1.0 pages (but {@code enums.md}), generated from one annotation: the
 * enums of {@code microsoft.graph} in this package, those of {@code microsoft.graph.callRecords} in
 * {@code .callrecords}, and {@link io.github.graphenum.example.v1.GraphEnumIndex} to find them by
 * Graph name.
 */
@GraphEnums(
    folder = "api-reference/v1.0/resources",
    exclude = "enums.md",
    flags = {"clonableTeamParts", "windowsArchitecture"})
package io.github.graphenum.example.v1;

import io.github.graphenum.GraphEnums;
