package io.github.graphenum.processor.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import io.github.graphenum.processor.GraphEnumProcessor;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The processor's own classes, as architecture tests read them: imported from the folder (or jar)
 * {@link GraphEnumProcessor} was loaded from, so no test class is among them wherever the build
 * puts its outputs (ArchUnit's own "no tests" option knows only {@code target/test-classes}, and
 * the JDK 25 build writes to {@code target/jdk-25/test-classes}).
 */
public final class ProcessorClasses {
  private ProcessorClasses() {}

  /** Imports every class of the processor's main output. */
  public static JavaClasses imported() {
    try {
      Location main =
          Location.of(
              GraphEnumProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      JavaClasses classes = new ClassFileImporter().importLocations(Set.of(main));
      if (!classes.contain(GraphEnumProcessor.class) || classes.size() < 50) {
        // A rule checked against nothing passes: an import that missed the classes must fail.
        throw new IllegalStateException(
            "imported " + classes.size() + " classes from " + main + ", not the processor's");
      }
      return classes;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the processor's class folder has no usable URI", e);
    }
  }
}
