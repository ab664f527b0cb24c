// The library keeps its docs in library/docs: the page its spec names is copied there, unmodified,
// from example/docs. The application has no such page: a record of the library's, read from the
// application's class output, finds its page gone.
def page = 'api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md'
def copy = new File(basedir, "library/docs/${page}")
copy.parentFile.mkdirs()
copy.bytes = new File(exampleDocs, page).bytes
// The application's own docs root, without that page.
new File(basedir, 'application/docs').mkdirs()
true
