package io.github.graphenum.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The enums this example build generated, used as a user would use them. */
class GeneratedEnumsTest {
  @Test
  void theSeedPageGivesItsEnglishTable() {
    assertEquals(
        List.of("none=0", "inProgress=1", "completed=2", "failed=3"),
        Arrays.stream(VppTokenSyncStatus.values())
            .map(s -> s.memberName() + "=" + s.value())
            .toList());
    assertEquals("Last Sync completed successfully.", VppTokenSyncStatus.COMPLETED.description());
  }

  @Test
  void theSeedEnumSpeaksBrazilianPortugueseAndEnglishElsewhere() {
    assertEquals(
        "Última sincronização concluída com êxito.",
        VppTokenSyncStatus.COMPLETED.description(Locale.forLanguageTag("pt-BR")));
    assertEquals(
        "Last Sync completed successfully.",
        VppTokenSyncStatus.COMPLETED.description(Locale.forLanguageTag("pt-PT")));
    assertEquals(
        "Last Sync completed successfully.",
        VppTokenSyncStatus.COMPLETED.description(Locale.GERMAN));
    assertEquals(
        "Copia os membros e os proprietários da equipe.",
        io.github.graphenum.example.v1.ClonableTeamParts.MEMBERS.description(
            Locale.forLanguageTag("pt-BR")),
        "every enum of a @GraphEnums folder too");
  }

  @Test
  void lookupsByValueAndByMemberName() {
    assertSame(VppTokenSyncStatus.FAILED, VppTokenSyncStatus.fromValue(3));
    assertSame(VppTokenSyncStatus.IN_PROGRESS, VppTokenSyncStatus.fromMemberName("inProgress"));
    assertEquals(Optional.of(CalendarColor.AUTO), CalendarColor.findByValue(-1));
    assertEquals(Optional.empty(), CalendarColor.findByValue(10));
    assertEquals(
        Optional.empty(), VppTokenSyncStatus.findByMemberName("InProgress"), "case-sensitive");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClonableTeamParts.fromValue(3));
    assertEquals("ClonableTeamParts has no member with value 3", e.getMessage());
  }

  @Test
  void everyConstantRoundTrips() {
    for (WindowsMalwareCategory category : WindowsMalwareCategory.values()) {
      assertSame(category, WindowsMalwareCategory.fromValue(category.value()));
      assertSame(category, WindowsMalwareCategory.fromMemberName(category.memberName()));
    }
    for (ClonableTeamParts part : ClonableTeamParts.values()) {
      assertSame(part, ClonableTeamParts.fromValue(part.value()));
    }
  }

  @Test
  void renameSettlesTwoMembersWithOneConstantName() {
    assertEquals(
        "remoteControlSoftware", WindowsMalwareCategory.REMOTE_CONTROL_SOFTWARE.memberName());
    assertEquals(
        "remote_Control_Software",
        WindowsMalwareCategory.REMOTE_CONTROL_SOFTWARE_SNAKE_CASE.memberName());
  }

  @Test
  void oneAnnotationGivesEveryEnumOfAFolderAndAnIndex() {
    assertEquals(
        io.github.graphenum.example.v1.callrecords.CallType.class,
        io.github.graphenum.example.v1.GraphEnumIndex.enumFor(
            "microsoft.graph.callRecords", "callType"));
    assertEquals(14, io.github.graphenum.example.v1.GraphEnumIndex.enums().size());
    assertEquals(
        java.util.Set.of(io.github.graphenum.example.v1.WindowsArchitecture.X86),
        io.github.graphenum.example.v1.WindowsArchitecture.parseMemberNames("x86"));
  }

  @Test
  void aPageWithoutValuesGivesAnEnumWithoutValues() {
    List<String> methods =
        Arrays.stream(CallType.class.getDeclaredMethods())
            .filter(m -> !m.isSynthetic())
            .map(Method::getName)
            .toList();
    assertTrue(methods.containsAll(List.of("memberName", "fromMemberName", "findByMemberName")));
    assertTrue(
        methods.stream().noneMatch(List.of("value", "fromValue", "findByValue")::contains),
        methods.toString());
    assertSame(CallType.PEER_TO_PEER, CallType.fromMemberName("peerToPeer"));
  }
}
