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
return true
