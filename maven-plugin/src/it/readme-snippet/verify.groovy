// The builds of invoker.properties, in order (builds[0] is what Maven printed before the first).
def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./)
assert builds.length == 5 : "four builds: ${builds.length - 1}"
if (binding.hasVariable('expectedJavaVersion')) {
    def javas = log.findAll(/Java version: (\d+)/) { match, major -> major }
    assert javas == [expectedJavaVersion] * 4 : "every build ran on JDK ${expectedJavaVersion}: ${javas}"
}
if (binding.hasVariable('expectedMavenVersion')) {
    def mavens = log.findAll(/Apache Maven (\S+)/) { match, version -> version }
    assert mavens == [expectedMavenVersion] * 4 : "every build ran on Maven ${expectedMavenVersion}: ${mavens}"
}
assert builds[1].contains('Compiling 1 source file') : 'the first build compiles the spec'
assert builds[2].contains('Nothing to compile - all classes are up to date') : 'nothing changed, nothing compiled'
assert !builds[2].contains('graphenum: ') : 'nothing is out of date'
assert builds[4].contains('graphenum: com.example.IosUpdatesInstallStatusSpec is out of date (docs/api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md changed)')
assert builds[4].contains('Compiling 1 source file') : 'the edited page is compiled again'
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/IosUpdatesInstallStatus.java').text
assert generated.contains('ADDED_BY_THE_TEST("addedByTheTest", -2016330695') : 'the enum has the added member'
assert !new File(basedir, 'build.log').text.contains('graphenum: maven-compiler-plugin') : 'the project passes -Agraphenum.refresh=true: no warning'
