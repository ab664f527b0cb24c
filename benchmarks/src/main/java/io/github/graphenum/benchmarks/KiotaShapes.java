package io.github.graphenum.benchmarks;

/**
 * The name lookup Kiota generates: a {@code switch} on the string, returning {@code null} for an
 * unknown name. A baseline for the generated lookups; written out for the benchmarked enums.
 */
final class KiotaShapes {
  private KiotaShapes() {}

  static VppTokenSyncStatus vppTokenSyncStatus(String rawValue) {
    switch (rawValue) {
      case "none":
        return VppTokenSyncStatus.NONE;
      case "inProgress":
        return VppTokenSyncStatus.IN_PROGRESS;
      case "completed":
        return VppTokenSyncStatus.COMPLETED;
      case "failed":
        return VppTokenSyncStatus.FAILED;
      default:
        return null;
    }
  }

  static WindowsMalwareCategory windowsMalwareCategory(String rawValue) {
    switch (rawValue) {
      case "invalid":
        return WindowsMalwareCategory.INVALID;
      case "adware":
        return WindowsMalwareCategory.ADWARE;
      case "spyware":
        return WindowsMalwareCategory.SPYWARE;
      case "passwordStealer":
        return WindowsMalwareCategory.PASSWORD_STEALER;
      case "trojanDownloader":
        return WindowsMalwareCategory.TROJAN_DOWNLOADER;
      case "worm":
        return WindowsMalwareCategory.WORM;
      case "backdoor":
        return WindowsMalwareCategory.BACKDOOR;
      case "remoteAccessTrojan":
        return WindowsMalwareCategory.REMOTE_ACCESS_TROJAN;
      case "trojan":
        return WindowsMalwareCategory.TROJAN;
      case "emailFlooder":
        return WindowsMalwareCategory.EMAIL_FLOODER;
      case "keylogger":
        return WindowsMalwareCategory.KEYLOGGER;
      case "dialer":
        return WindowsMalwareCategory.DIALER;
      case "monitoringSoftware":
        return WindowsMalwareCategory.MONITORING_SOFTWARE;
      case "browserModifier":
        return WindowsMalwareCategory.BROWSER_MODIFIER;
      case "cookie":
        return WindowsMalwareCategory.COOKIE;
      case "browserPlugin":
        return WindowsMalwareCategory.BROWSER_PLUGIN;
      case "aolExploit":
        return WindowsMalwareCategory.AOL_EXPLOIT;
      case "nuker":
        return WindowsMalwareCategory.NUKER;
      case "securityDisabler":
        return WindowsMalwareCategory.SECURITY_DISABLER;
      case "jokeProgram":
        return WindowsMalwareCategory.JOKE_PROGRAM;
      case "hostileActiveXControl":
        return WindowsMalwareCategory.HOSTILE_ACTIVE_X_CONTROL;
      case "softwareBundler":
        return WindowsMalwareCategory.SOFTWARE_BUNDLER;
      case "stealthNotifier":
        return WindowsMalwareCategory.STEALTH_NOTIFIER;
      case "settingsModifier":
        return WindowsMalwareCategory.SETTINGS_MODIFIER;
      case "toolBar":
        return WindowsMalwareCategory.TOOL_BAR;
      case "remoteControlSoftware":
        return WindowsMalwareCategory.REMOTE_CONTROL_SOFTWARE;
      case "trojanFtp":
        return WindowsMalwareCategory.TROJAN_FTP;
      case "potentialUnwantedSoftware":
        return WindowsMalwareCategory.POTENTIAL_UNWANTED_SOFTWARE;
      case "icqExploit":
        return WindowsMalwareCategory.ICQ_EXPLOIT;
      case "trojanTelnet":
        return WindowsMalwareCategory.TROJAN_TELNET;
      case "exploit":
        return WindowsMalwareCategory.EXPLOIT;
      case "filesharingProgram":
        return WindowsMalwareCategory.FILESHARING_PROGRAM;
      case "malwareCreationTool":
        return WindowsMalwareCategory.MALWARE_CREATION_TOOL;
      case "remote_Control_Software":
        return WindowsMalwareCategory.REMOTE_CONTROL_SOFTWARE_SNAKE_CASE;
      case "tool":
        return WindowsMalwareCategory.TOOL;
      case "trojanDenialOfService":
        return WindowsMalwareCategory.TROJAN_DENIAL_OF_SERVICE;
      case "trojanDropper":
        return WindowsMalwareCategory.TROJAN_DROPPER;
      case "trojanMassMailer":
        return WindowsMalwareCategory.TROJAN_MASS_MAILER;
      case "trojanMonitoringSoftware":
        return WindowsMalwareCategory.TROJAN_MONITORING_SOFTWARE;
      case "trojanProxyServer":
        return WindowsMalwareCategory.TROJAN_PROXY_SERVER;
      case "virus":
        return WindowsMalwareCategory.VIRUS;
      case "known":
        return WindowsMalwareCategory.KNOWN;
      case "unknown":
        return WindowsMalwareCategory.UNKNOWN;
      case "spp":
        return WindowsMalwareCategory.SPP;
      case "behavior":
        return WindowsMalwareCategory.BEHAVIOR;
      case "vulnerability":
        return WindowsMalwareCategory.VULNERABILITY;
      case "policy":
        return WindowsMalwareCategory.POLICY;
      case "enterpriseUnwantedSoftware":
        return WindowsMalwareCategory.ENTERPRISE_UNWANTED_SOFTWARE;
      case "ransom":
        return WindowsMalwareCategory.RANSOM;
      case "hipsRule":
        return WindowsMalwareCategory.HIPS_RULE;
      default:
        return null;
    }
  }

  static IosUpdatesInstallStatus iosUpdatesInstallStatus(String rawValue) {
    switch (rawValue) {
      case "success":
        return IosUpdatesInstallStatus.SUCCESS;
      case "available":
        return IosUpdatesInstallStatus.AVAILABLE;
      case "idle":
        return IosUpdatesInstallStatus.IDLE;
      case "unknown":
        return IosUpdatesInstallStatus.UNKNOWN;
      case "downloading":
        return IosUpdatesInstallStatus.DOWNLOADING;
      case "downloadFailed":
        return IosUpdatesInstallStatus.DOWNLOAD_FAILED;
      case "downloadRequiresComputer":
        return IosUpdatesInstallStatus.DOWNLOAD_REQUIRES_COMPUTER;
      case "downloadInsufficientSpace":
        return IosUpdatesInstallStatus.DOWNLOAD_INSUFFICIENT_SPACE;
      case "downloadInsufficientPower":
        return IosUpdatesInstallStatus.DOWNLOAD_INSUFFICIENT_POWER;
      case "downloadInsufficientNetwork":
        return IosUpdatesInstallStatus.DOWNLOAD_INSUFFICIENT_NETWORK;
      case "installing":
        return IosUpdatesInstallStatus.INSTALLING;
      case "installInsufficientSpace":
        return IosUpdatesInstallStatus.INSTALL_INSUFFICIENT_SPACE;
      case "installInsufficientPower":
        return IosUpdatesInstallStatus.INSTALL_INSUFFICIENT_POWER;
      case "installPhoneCallInProgress":
        return IosUpdatesInstallStatus.INSTALL_PHONE_CALL_IN_PROGRESS;
      case "installFailed":
        return IosUpdatesInstallStatus.INSTALL_FAILED;
      case "notSupportedOperation":
        return IosUpdatesInstallStatus.NOT_SUPPORTED_OPERATION;
      case "sharedDeviceUserLoggedInError":
        return IosUpdatesInstallStatus.SHARED_DEVICE_USER_LOGGED_IN_ERROR;
      case "deviceOsHigherThanDesiredOsVersion":
        return IosUpdatesInstallStatus.DEVICE_OS_HIGHER_THAN_DESIRED_OS_VERSION;
      default:
        return null;
    }
  }

  static ClonableTeamParts clonableTeamParts(String rawValue) {
    switch (rawValue) {
      case "apps":
        return ClonableTeamParts.APPS;
      case "tabs":
        return ClonableTeamParts.TABS;
      case "settings":
        return ClonableTeamParts.SETTINGS;
      case "channels":
        return ClonableTeamParts.CHANNELS;
      case "members":
        return ClonableTeamParts.MEMBERS;
      default:
        return null;
    }
  }

  static AppliedConditionalAccessPolicyResult appliedConditionalAccessPolicyResult(
      String rawValue) {
    switch (rawValue) {
      case "success":
        return AppliedConditionalAccessPolicyResult.SUCCESS;
      case "failure":
        return AppliedConditionalAccessPolicyResult.FAILURE;
      case "notApplied":
        return AppliedConditionalAccessPolicyResult.NOT_APPLIED;
      case "notEnabled":
        return AppliedConditionalAccessPolicyResult.NOT_ENABLED;
      case "unknown":
        return AppliedConditionalAccessPolicyResult.UNKNOWN;
      case "unknownFutureValue":
        return AppliedConditionalAccessPolicyResult.UNKNOWN_FUTURE_VALUE;
      case "reportOnlySuccess":
        return AppliedConditionalAccessPolicyResult.REPORT_ONLY_SUCCESS;
      case "reportOnlyFailure":
        return AppliedConditionalAccessPolicyResult.REPORT_ONLY_FAILURE;
      case "reportOnlyNotApplied":
        return AppliedConditionalAccessPolicyResult.REPORT_ONLY_NOT_APPLIED;
      case "reportOnlyInterrupted":
        return AppliedConditionalAccessPolicyResult.REPORT_ONLY_INTERRUPTED;
      default:
        return null;
    }
  }
}
