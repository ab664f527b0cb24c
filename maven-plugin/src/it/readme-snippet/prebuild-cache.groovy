// The extension keeps its cache beside the local repository: start from an empty cache, so that
// the first build is a miss whatever earlier runs of the tests saved.
def cache = new File(localRepositoryPath.parentFile, 'build-cache')
assert !cache.exists() || cache.deleteDir()

// And the docs, as for the other runs.
evaluate(new File(basedir, 'prebuild.groovy'))
