package io.github.graphenum.processor.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming rule, member name to constant name. */
class ConstantNamesTest {
  @ParameterizedTest
  @CsvSource({
    "none, NONE",
    "inProgress, IN_PROGRESS",
    "azureADJoined, AZURE_AD_JOINED",
    "AzureAD, AZURE_AD",
    "ADFederationServices, AD_FEDERATION_SERVICES",
    "sha256, SHA256",
    "x509Certificate, X509_CERTIFICATE",
    "windows10XProfile, WINDOWS10_X_PROFILE",
    "macOS, MAC_OS",
    "iOS, I_OS",
    "remoteControlSoftware, REMOTE_CONTROL_SOFTWARE",
    "remote_Control_Software, REMOTE_CONTROL_SOFTWARE",
    "snake__case_, SNAKE_CASE",
    "_1abc, _1ABC",
    "__, MEMBER",
    "straße, STRASSE",
    "café, CAFE",
    "naïveÉtat, NAIVE_ETAT",
    "привет, ПРИВЕТ",
    "UnknownFutureValue, UNKNOWN_FUTURE_VALUE",
  })
  void memberNamesBecomeUpperSnakeCase(String memberName, String constant) {
    assertEquals(constant, ConstantNames.of(memberName));
  }

  @Test
  void accentsAreDroppedAndWhatRemainsIsCheckedForAscii() {
    assertEquals("Cafe", ConstantNames.withoutAccents("Café"));
    assertTrue(ConstantNames.isAscii("CAFE"));
    assertFalse(ConstantNames.isAscii("ПРИВЕТ"));
  }
}
