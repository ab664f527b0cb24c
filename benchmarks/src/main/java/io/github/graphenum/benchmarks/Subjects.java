package io.github.graphenum.benchmarks;

/** The benchmarked enums by Graph name, wired to their generated lookups. */
final class Subjects {
  private Subjects() {}

  static Subject<?> named(String graphName) {
    switch (graphName) {
      case "vppTokenSyncStatus":
        return Subject.of(VppTokenSyncStatus.class)
            .values(
                VppTokenSyncStatus::value,
                VppTokenSyncStatus::fromValue,
                VppTokenSyncStatus::findByValue)
            .names(
                VppTokenSyncStatus::memberName,
                VppTokenSyncStatus::fromMemberName,
                VppTokenSyncStatus::findByMemberName,
                KiotaShapes::vppTokenSyncStatus)
            .build();
      case "windowsMalwareCategory":
        return Subject.of(WindowsMalwareCategory.class)
            .values(
                WindowsMalwareCategory::value,
                WindowsMalwareCategory::fromValue,
                WindowsMalwareCategory::findByValue)
            .names(
                WindowsMalwareCategory::memberName,
                WindowsMalwareCategory::fromMemberName,
                WindowsMalwareCategory::findByMemberName,
                KiotaShapes::windowsMalwareCategory)
            .build();
      case "iosUpdatesInstallStatus":
        return Subject.of(IosUpdatesInstallStatus.class)
            .values(
                IosUpdatesInstallStatus::value,
                IosUpdatesInstallStatus::fromValue,
                IosUpdatesInstallStatus::findByValue)
            .names(
                IosUpdatesInstallStatus::memberName,
                IosUpdatesInstallStatus::fromMemberName,
                IosUpdatesInstallStatus::findByMemberName,
                KiotaShapes::iosUpdatesInstallStatus)
            .build();
      case "clonableTeamParts":
        return Subject.of(ClonableTeamParts.class)
            .values(
                ClonableTeamParts::value,
                ClonableTeamParts::fromValue,
                ClonableTeamParts::findByValue)
            .names(
                ClonableTeamParts::memberName,
                ClonableTeamParts::fromMemberName,
                ClonableTeamParts::findByMemberName,
                KiotaShapes::clonableTeamParts)
            .build();
      case "appliedConditionalAccessPolicyResult":
        return Subject.of(AppliedConditionalAccessPolicyResult.class)
            .names(
                AppliedConditionalAccessPolicyResult::memberName,
                AppliedConditionalAccessPolicyResult::fromMemberName,
                AppliedConditionalAccessPolicyResult::findByMemberName,
                KiotaShapes::appliedConditionalAccessPolicyResult)
            .orUnknown(AppliedConditionalAccessPolicyResult::fromMemberNameOrUnknown)
            .build();
      default:
        throw new IllegalArgumentException("no benchmarked enum " + graphName);
    }
  }
}
