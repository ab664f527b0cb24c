// The builds of invoker.properties, in order (builds[0] is what Maven printed before the first).
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./)
assert builds.length == 4 : "three builds: ${builds.length - 1}"
assert builds[1].contains('BUILD SUCCESS') : 'the Kotlin project builds'
assert builds[1].contains('Compiling 1 source file') : 'javac compiles the enum kapt generated'
assert new File(basedir, 'target/kaptStubs/compile/com/example/IosUpdatesInstallStatusSpec.java').text.contains('@kotlin.Metadata')

// The Kotlin code that uses the enum runs.
def stdlib = new File(localRepositoryPath, 'org/jetbrains/kotlin/kotlin-stdlib/2.4.21/kotlin-stdlib-2.4.21.jar')
def classes = new File(basedir, 'target/classes')
def loader = new URLClassLoader([classes.toURI().toURL(), stdlib.toURI().toURL()] as URL[], (ClassLoader) null)
assert loader.loadClass('com.example.StatusesKt').getMethod('describe', String).invoke(null, 'idle') == 'IDLE (2)'

// The wrong specs of WrongSpecs.kt: each message points into the Kotlin file (mapDiagnosticLocations),
// never into kapt's stub; the table's line is quoted, as the stub's lines exist in no file.
def wrong = builds[3]
def file = new File(basedir, 'src/main/kotlin/com/example/WrongSpecs.kt').path
assert wrong.contains("${file}:5: error: [graphenum] the table of SizeSpec, line 5 (|large|zero|): value 'zero' of member large is not an integer")
assert wrong.contains("${file}:15: error: [graphenum] doc page colour.md not found; tried: ${new File(basedir, 'docs/colour.md').path}; the spec's own"
    + " folder could not be searched: it is declared in Kotlin, and kapt hands processors a Java stub of it, in a folder of kapt's")
assert !wrong.contains('kaptStubs/compile/com/example/SizeSpec.java:') : 'no message names the stub'
