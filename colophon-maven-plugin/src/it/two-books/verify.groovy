// two manuscripts: both built, and mvn install installed each book classified by its name
File repo = new File(localRepositoryPath, 'org/colophon/it/two-books/1.0')
for (name in ['notes', 'roman']) {
    for (type in ['pdf', 'epub']) {
        File built = new File(basedir, "target/book/${name}.${type}")
        File installed = new File(repo, "two-books-1.0-${name}.${type}")
        assert built.isFile() : "no $built"
        assert installed.isFile() : "not installed: $installed"
        assert installed.bytes == built.bytes
    }
}
// the project's styles folder was used: its epub.css is the EPUB's
new java.util.zip.ZipFile(new File(basedir, 'target/book/roman.epub')).withCloseable { zip ->
    def css = zip.entries().toList().findAll { it.name.endsWith('.css') }
    assert css.any { zip.getInputStream(it).text.contains("the two-books project's own EPUB style sheet") }
}
return true
