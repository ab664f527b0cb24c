import java.util.zip.ZipFile

// The builds of invoker.properties, in order (builds[0] is what Maven printed before the first).
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./)
assert builds.length == 3 : "two builds: ${builds.length - 1}"

def entries = { String jar -> new ZipFile(new File(basedir, jar)).withCloseable { zip -> zip.entries().collect { it.name } } }

def library = entries('library/target/library-1.0.jar')
assert library.contains('com/example/library/IosUpdatesInstallStatus.class') : 'the library has its enum'
assert !library.any { it.contains('graphenum') } : "no record ships in the library's jar: ${library.findAll { it.contains('graphenum') }}"
assert new File(basedir, 'library/target/graphenum-inputs/classes/com.example.library.IosUpdatesInstallStatusSpec.txt').isFile() : 'the records are beside the class output'

assert !builds[2].contains('is out of date') : 'nothing changed: nothing is out of date'
def application = entries('application/target/application-1.0.jar')
['com/example/library/IosUpdatesInstallStatus.class', 'com/example/library/IosUpdatesInstallStatusSpec.class', 'com/example/application/Color.class'].each {
    assert application.contains(it) : "the application's jar has ${it} after the second build: ${application}"
}
true // a hook script passes when it returns true (or nothing)
