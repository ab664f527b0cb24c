// The project keeps its docs in docs/: the page its spec names is copied there, unmodified, from
// example/docs (this repository keeps Microsoft's pages there only; see its NOTICE.md).
def page = 'api-reference/v1.0/resources/intune-deviceconfig-iosupdatesinstallstatus.md'
def copy = new File(basedir, "docs/${page}")
copy.parentFile.mkdirs()
copy.bytes = new File(exampleDocs, page).bytes
true // a hook script passes when it returns true (or nothing)
