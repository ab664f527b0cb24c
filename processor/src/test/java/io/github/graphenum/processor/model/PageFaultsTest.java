package io.github.graphenum.processor.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.graphenum.processor.diagnostic.Message;
import io.github.graphenum.processor.testing.ProcessorClasses;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What is wrong with what a page documents is said in one place, {@code PageFaults}, whether a
 * {@code @GraphEnum} selects its enum or a {@code @GraphEnums} folder chooses its pages: no other
 * class of the processor names these messages, so that the two paths cannot drift apart. The texts
 * themselves are held by {@code DocumentedEnumsTest} and {@code FolderScanTest}.
 */
class PageFaultsTest {
  private static final String PAGE_FAULTS = "io.github.graphenum.processor.model.PageFaults";

  /** The messages about a page's faults. */
  private static final List<String> FAULTS =
      List.of(
          "UNUSABLE_NAMESPACE",
          "MACHINE_TRANSLATED",
          "NO_MEMBERS_TABLE",
          "EMPTY_MEMBERS_TABLE",
          "CONFLICTING_TABLES",
          "SECOND_MEMBERS_TABLE",
          "REPEATED_COLUMN",
          "UNKNOWN_COLUMN",
          "RELABELED_COLUMN",
          "OVERFULL_ROW");

  private static final JavaClasses PROCESSOR = ProcessorClasses.imported();

  @TestFactory
  Stream<DynamicTest> onlyPageFaultsNamesTheMessagesOfAPagesFaults() {
    return FAULTS.stream()
        .map(
            fault ->
                DynamicTest.dynamicTest(
                    fault,
                    () ->
                        noClasses()
                            .that()
                            .doNotHaveFullyQualifiedName(PAGE_FAULTS)
                            .and()
                            .doNotHaveFullyQualifiedName(Message.class.getName())
                            .should()
                            .accessField(Message.class, fault)
                            .because("a page's faults are said by PageFaults alone")
                            .check(PROCESSOR)));
  }
}
