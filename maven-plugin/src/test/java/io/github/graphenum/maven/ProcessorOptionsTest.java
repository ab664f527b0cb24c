package io.github.graphenum.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessorOptionsTest {
  @Test
  void theProcessorOptionsOfJavacsArgumentsAsJavacGivesThem() {
    Map<String, String> expected = new HashMap<>();
    expected.put("graphenum.docs", "/p/docs");
    expected.put("graphenum.jackson", null);
    expected.put("other", "a=b");
    assertEquals(
        expected,
        ProcessorOptions.of(List.of("-Xlint:all", " -Agraphenum.docs=/p/old ", "-Agraphenum.docs=/p/docs", "-Agraphenum.jackson", "-Aother=a=b", "-A", "-Werror")));
  }
}
