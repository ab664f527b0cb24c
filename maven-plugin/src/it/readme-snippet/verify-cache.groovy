// The builds of invoker-cache.properties, in order (builds[0] is what Maven printed before the first).
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./)
assert builds.length == 5 : "four builds: ${builds.length - 1}"
assert builds[1].contains('Saved Build to local file') : 'the first build is saved to the cache'
assert builds[2].contains('Found cached build, restoring com.example:graph-client from cache') : 'the unchanged project is restored'
assert !builds[2].contains('Compiling') : 'a restored build compiles nothing'
assert builds[4].contains('Local build was not found by checksum') : 'the edited page misses the cache'
assert builds[4].contains('Compiling 1 source file') : 'and the enum is generated again'
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/IosUpdatesInstallStatus.java').text
assert generated.contains('ADDED_BY_THE_TEST("addedByTheTest", -2016330695') : 'the enum has the added member'
