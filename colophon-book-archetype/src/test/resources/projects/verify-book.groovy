// Shared by the projects' verify.groovy, which set language, title and titleInEpub: the
// generated book project built with mvn package, its PDF has pages, its EPUB is an EPUB in
// the chosen language, and its styles/ is the repository's, byte for byte (not filtered).
import java.util.zip.Inflater
import java.util.zip.ZipEntry
import java.util.zip.ZipFile

File project = context.projectDir
File pdf = new File(project, 'target/book/book.pdf')
File epub = new File(project, 'target/book/book.epub')
assert pdf.isFile() : "no $pdf"
assert epub.isFile() : "no $epub"

// The page objects may sit in compressed object streams: count the dictionaries of
// /Type /Page (not /Pages) in the file and in every stream it inflates.
byte[] bytes = pdf.bytes
String raw = new String(bytes, 'ISO-8859-1')
assert raw.startsWith('%PDF-')
assert raw.trim().endsWith('%%EOF')
def pageType = /\/Type\s*\/Page(?![s\w])/
int pages = (raw =~ pageType).size()
def streamStart = ~/stream\r?\n/
def matcher = streamStart.matcher(raw)
while (matcher.find()) {
    int from = matcher.end()
    int to = raw.indexOf('endstream', from)
    if (to < 0) break
    Inflater inflater = new Inflater()
    inflater.setInput(bytes, from, to - from)
    def out = new ByteArrayOutputStream()
    byte[] buffer = new byte[8192]
    try {
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer)
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break
            out.write(buffer, 0, n)
        }
    } catch (java.util.zip.DataFormatException notFlate) {
        // an image or a font program stored another way: no page dictionary in it
    } finally {
        inflater.end()
    }
    pages += (out.toString('ISO-8859-1') =~ pageType).size()
}
assert pages >= 5 : "the PDF has $pages pages (half-title, title, copyright, two chapters at least were expected)"
// and as many as the typesetting report says it set
def report = new groovy.json.JsonSlurper().parse(new File(project, 'target/book/book-report.json'))
assert report.pages == pages : "the report says ${report.pages} pages, the PDF holds $pages"

new ZipFile(epub).withCloseable { zip ->
    def first = zip.entries().nextElement()
    assert first.name == 'mimetype' && first.method == ZipEntry.STORED
    assert zip.getInputStream(first).text == 'application/epub+zip'
    def opf = zip.entries().toList().find { it.name.endsWith('.opf') }
    String packageText = zip.getInputStream(opf).getText('UTF-8')
    assert packageText.contains("<dc:language>$language</dc:language>") : packageText
    assert packageText.contains("<dc:title") && packageText.contains(title) : packageText
    String chapters = zip.entries().toList().findAll { it.name.endsWith('.xhtml') }
            .collect { zip.getInputStream(it).getText('UTF-8') }.join('\n')
    assert chapters.contains(titleInEpub) : "no '$titleInEpub' in the EPUB's pages"
}

// the archetype's styles (target/classes/archetype-resources/styles, copied there from the
// repository's styles/ at build time), copied into the project unchanged
File styles = new File(basedir, '../../../classes/archetype-resources/styles').canonicalFile
assert styles.isDirectory() : "no $styles"
int compared = 0
styles.eachFileRecurse(groovy.io.FileType.FILES) { File original ->
    File copy = new File(project, 'styles/' + styles.toPath().relativize(original.toPath()))
    assert copy.isFile() : "no $copy"
    assert copy.bytes == original.bytes : "$copy differs from $original"
    compared++
}
assert compared > 20
assert new File(project, 'styles/layouts/chapter.vm').getText('UTF-8').contains('#foreach')
assert new File(project, 'README.md').getText('UTF-8').contains('target/book/')
println "verified: $pages pages, $compared style files"
return true
