package io.github.graphenum.benchmarks;

import io.github.graphenum.GraphEnum;

/** The benchmarked enums, generated from real pages of the example build. */
final class Specs {
  private Specs() {}

  /** The seed: 4 members, values 0 to 3. */
  @GraphEnum(doc = "intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md")
  interface VppTokenSyncStatusSpec {}

  /** The largest documented enum: 50 members, values 0 to 51 with gaps. */
  @GraphEnum(
      doc = "api-reference/beta/resources/intune-devices-windowsmalwarecategory.md",
      rename = "remote_Control_Software=REMOTE_CONTROL_SOFTWARE_SNAKE_CASE")
  interface WindowsMalwareCategorySpec {}

  /** Sparse: 18 members, 0 to 3 and -2016330712 to -2016330696. */
  @GraphEnum(doc = "api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md")
  interface IosUpdatesInstallStatusSpec {}

  /** Flags: 5 members, 1 to 16. */
  @GraphEnum(doc = "api-reference/v1.0/resources/clonableteamparts.md", flags = true)
  interface ClonableTeamPartsSpec {}

  /** Evolvable, without values: 10 members. */
  @GraphEnum(
      doc = "api-reference/beta/resources/enums.md",
      name = "appliedConditionalAccessPolicyResult")
  interface AppliedConditionalAccessPolicyResultSpec {}
}
