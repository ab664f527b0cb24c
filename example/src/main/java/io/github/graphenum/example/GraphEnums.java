package io.github.graphenum.example;

import io.github.graphenum.GraphEnum;

/**
 * The specs of this example: each annotated interface asks for one enum, generated into this
 * package while the example compiles. The pages are in {@code example/docs}, the docs root named by
 * {@code -Agraphenum.docs} in this module's {@code pom.xml}.
 */
final class GraphEnums {
  /** Not instantiable: a holder of specs. */
  private GraphEnums() {}

  /**
   * The seed page: a Portuguese side-by-side page, read through its English spans. Its copy in
   * {@code docs-pt-BR} gives the Portuguese descriptions of {@code description(Locale)}.
   */
  @GraphEnum(doc = "intune-onboarding-vpptokensyncstatus.pt-BR-sxs.md")
  interface VppTokenSyncStatusSpec {}

  /** A section of a multi-enum page whose table has no values: the enum has none either. */
  @GraphEnum(doc = "api-reference/v1.0/resources/enums-callrecords.md", name = "callType")
  interface CallTypeSpec {}

  /** Values that are powers of two: looked up through an open-addressing table. */
  @GraphEnum(doc = "api-reference/v1.0/resources/clonableteamparts.md")
  interface ClonableTeamPartsSpec {}

  /** A section of {@code enums.md} with a negative value. */
  @GraphEnum(doc = "api-reference/v1.0/resources/enums.md", name = "calendarColor")
  interface CalendarColorSpec {}

  /**
   * The largest documented enum (50 members). Two of its members, {@code remoteControlSoftware} and
   * {@code remote_Control_Software}, map to one constant name; the rename settles which is which,
   * so the build has no warning.
   */
  @GraphEnum(
      doc = "api-reference/beta/resources/intune-devices-windowsmalwarecategory.md",
      rename = "remote_Control_Software=REMOTE_CONTROL_SOFTWARE_SNAKE_CASE")
  interface WindowsMalwareCategorySpec {}

  /**
   * An evolvable enum: members after {@code unknownFutureValue} reach only clients that ask for
   * them, and a member this enum does not know reads as the sentinel.
   */
  @GraphEnum(
      doc = "api-reference/beta/resources/enums.md",
      name = "appliedConditionalAccessPolicyResult")
  interface AppliedConditionalAccessPolicyResultSpec {}

  /** A flags enum: the service metadata marks it {@code IsFlags}, so the spec says so. */
  @GraphEnum(doc = "api-reference/v1.0/resources/intune-apps-windowsarchitecture.md", flags = true)
  interface WindowsArchitectureSpec {}

  /**
   * An evolvable enum without values: a member the service adds later reads as {@code
   * unknownFutureValue}.
   */
  @GraphEnum(
      doc = "api-reference/v1.0/resources/enums.md",
      name = "workforceIntegrationEncryptionProtocol")
  interface WorkforceIntegrationEncryptionProtocolSpec {}

  /**
   * An evolvable flags enum. Its section of {@code enums.md} has no values, so the table is written
   * here with the values of the v1.0 service metadata; a member its set does not know is kept and
   * written back.
   */
  @GraphEnum(
      name = "workforceIntegrationSupportedEntities",
      flags = true,
      table =
          "| Member | Value |\n"
              + "|---|---|\n"
              + "| none | 0 |\n"
              + "| shift | 1 |\n"
              + "| swapRequest | 2 |\n"
              + "| userShiftPreferences | 8 |\n"
              + "| openShift | 16 |\n"
              + "| openShiftRequest | 32 |\n"
              + "| offerShiftRequest | 64 |\n"
              + "| unknownFutureValue | 1024 |\n")
  interface WorkforceIntegrationSupportedEntitiesSpec {}

  /**
   * An evolvable enum a client reads and writes back: its member type, {@code RiskStateMember},
   * keeps the name of a member the service added after the build.
   */
  @GraphEnum(doc = "api-reference/v1.0/resources/enums.md", name = "riskState")
  interface RiskStateSpec {}

  /** A table written in the spec, for an enum whose page is not at hand. */
  @GraphEnum(
      name = "onlineMeetingRole",
      table =
          "| Member | Value | Description |\n"
              + "|---|---|---|\n"
              + "| attendee | 0 | Participant. |\n"
              + "| presenter | 1 | Presenter. |\n"
              + "| unknownFutureValue | 2 | Evolvable enumeration sentinel value. Do not use. |\n"
              + "| producer | 3 | Producer of a live event. |\n")
  interface OnlineMeetingRoleSpec {}

  // spotless:off (google-java-format reflows Javadoc, and would join the table's rows into one line)
  /**
   * The possible states of a print job.
   *
   * | Member | Value | Description |
   * |---|---|---|
   * | unknown | 0 | The state is not known. |
   * | pending | 1 | Waiting to be processed. |
   * | processing | 2 | Being processed. |
   * | completed | 3 | Printed. |
   * | unknownFutureValue | 4 | Evolvable enumeration sentinel value. |
   */
  // spotless:on
  @GraphEnum(name = "printJobProcessingState")
  interface PrintJobProcessingStateSpec {}
}
