package io.github.graphenum.example;

import java.util.Locale;

/** Prints the generated enums' members, values and descriptions, from the generated code alone. */
public final class Main {
  /** Not instantiable. */
  private Main() {}

  /**
   * Prints every example enum.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("vppTokenSyncStatus (VppTokenSyncStatus):");
    for (VppTokenSyncStatus status : VppTokenSyncStatus.values()) {
      print(
          status.name(),
          status.memberName(),
          Integer.toString(status.value()),
          status.description());
    }
    System.out.println();
    System.out.println(
        "vppTokenSyncStatus in Brazilian Portuguese, description(pt-BR) (Microsoft's machine"
            + " translation):");
    Locale brazilian = new Locale("pt", "BR");
    for (VppTokenSyncStatus status : VppTokenSyncStatus.values()) {
      print(
          status.name(),
          status.memberName(),
          Integer.toString(status.value()),
          status.description(brazilian));
    }
    System.out.println();
    System.out.println("callType (CallType), no values on its page:");
    for (CallType type : CallType.values()) {
      print(type.name(), type.memberName(), "-", type.description());
    }
    System.out.println();
    System.out.println("clonableTeamParts (ClonableTeamParts):");
    for (ClonableTeamParts part : ClonableTeamParts.values()) {
      print(part.name(), part.memberName(), Integer.toString(part.value()), part.description());
    }
    System.out.println();
    System.out.println("calendarColor (CalendarColor):");
    for (CalendarColor color : CalendarColor.values()) {
      print(color.name(), color.memberName(), Integer.toString(color.value()), color.description());
    }
    System.out.println();
    System.out.println("appliedConditionalAccessPolicyResult (evolvable):");
    for (AppliedConditionalAccessPolicyResult result :
        AppliedConditionalAccessPolicyResult.values()) {
      print(
          result.name(),
          result.memberName(),
          result.isEvolvable() ? "evolvable" : "",
          result.description());
    }
    System.out.println(
        "  a member this build does not know, \"reportOnlyBlocked\", reads as "
            + AppliedConditionalAccessPolicyResult.fromMemberNameOrUnknown("reportOnlyBlocked"));
    System.out.println();
    WindowsArchitectureSet architectures = WindowsArchitectureSet.parse("arm, x86");
    System.out.println(
        "windowsArchitecture (flags): \"arm, x86\" is the set of "
            + new java.util.ArrayList<WindowsArchitecture>(architectures)
            + ", written \""
            + architectures.wireForm()
            + "\", mask "
            + architectures.toMask()
            + "; mask 10 is \""
            + WindowsArchitectureSet.fromMask(10)
            + "\"");
    System.out.println();
    System.out.println(
        "onlineMeetingRole (a table in its spec): "
            + java.util.Arrays.toString(OnlineMeetingRole.values()));
    System.out.println(
        "printJobProcessingState (a table in its spec's Javadoc): "
            + java.util.Arrays.toString(PrintJobProcessingState.values()));
    System.out.println();
    System.out.println(
        "@GraphEnums over api-reference/v1.0/resources: "
            + io.github.graphenum.example.v1.GraphEnumIndex.enums().keySet());
    System.out.println(
        "  enumFor(\"microsoft.graph.callRecords\", \"callType\") = "
            + io.github.graphenum.example.v1.GraphEnumIndex.enumFor(
                    "microsoft.graph.callRecords", "callType")
                .getName());
    System.out.println();
    System.out.println(
        "Lookups: VppTokenSyncStatus.fromValue(2) = "
            + VppTokenSyncStatus.fromValue(2)
            + ", fromMemberName(\"inProgress\") = "
            + VppTokenSyncStatus.fromMemberName("inProgress")
            + ", findByValue(7) = "
            + VppTokenSyncStatus.findByValue(7)
            + ", WindowsMalwareCategory has "
            + WindowsMalwareCategory.values().length
            + " members");
  }

  /**
   * Prints one member as a row.
   *
   * @param constant the Java constant's name
   * @param memberName the Graph member name
   * @param value the value, or what else to show in its place
   * @param description the description
   */
  private static void print(String constant, String memberName, String value, String description) {
    System.out.printf("  %-24s %-22s %9s  %s%n", constant, memberName, value, description);
  }
}
