package io.github.graphenum.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
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
        ProcessorOptions.of(
            List.of(
                "-Xlint:all",
                " -Agraphenum.docs=/p/old ",
                "-Agraphenum.docs=/p/docs",
                "-Agraphenum.jackson",
                "-Aother=a=b",
                "-A",
                "-Werror")));
  }

  private static Xpp3Dom xml(String text) throws IOException, XmlPullParserException {
    return Xpp3DomBuilder.build(new StringReader(text));
  }

  @Test
  void theCompilerPluginsOptionsForOneExecutionTheExecutionsOverThePlugins() throws Exception {
    Plugin compiler = new Plugin();
    compiler.setConfiguration(
        xml(
            "<configuration><compilerArgs><arg>-Agraphenum.docs=/p/docs</arg><arg>-Werror</arg></compilerArgs></configuration>"));
    PluginExecution tests = new PluginExecution();
    tests.setId("default-testCompile");
    Xpp3Dom testConfiguration =
        xml(
            "<configuration><compilerArgument>-Agraphenum.jackson=true "
                + " -Xlint:all</compilerArgument></configuration>");
    tests.setConfiguration(testConfiguration);
    compiler.addExecution(tests);

    assertEquals(
        Map.of("graphenum.docs", "/p/docs"), ProcessorOptions.of(compiler, "default-compile"));
    assertEquals(
        Map.of("graphenum.docs", "/p/docs", "graphenum.jackson", "true"),
        ProcessorOptions.of(compiler, "default-testCompile"));
    assertNull(testConfiguration.getChild("compilerArgs"), "the project model is not changed");
    assertNull(ProcessorOptions.of(null, "default-compile"), "no compiler plugin: options unknown");
  }

  @Test
  void theOlderMapOfCompilerArgumentsCountsToo() throws Exception {
    Plugin compiler = new Plugin();
    compiler.setConfiguration(
        xml(
            "<configuration><compilerArguments><Agraphenum.docs>/p/docs</Agraphenum.docs><Xlint/></compilerArguments></configuration>"));
    assertEquals(
        Map.of("graphenum.docs", "/p/docs"), ProcessorOptions.of(compiler, "default-compile"));
  }
}
