// mvn package wrote both books, dated by project.build.outputTimestamp, and logged its stages
import java.time.LocalDateTime
import java.util.zip.ZipFile

File pdf = new File(basedir, 'target/book/book.pdf')
File epub = new File(basedir, 'target/book/book.epub')
assert pdf.isFile() : "no $pdf"
assert epub.isFile() : "no $epub"

byte[] head = new byte[5]
pdf.withInputStream { it.read(head) }
assert new String(head, 'US-ASCII') == '%PDF-'

// an EPUB is a zip whose first entry is mimetype, stored, saying application/epub+zip
new ZipFile(epub).withCloseable { zip ->
    def first = zip.entries().nextElement()
    assert first.name == 'mimetype'
    assert first.method == java.util.zip.ZipEntry.STORED
    assert zip.getInputStream(first).text == 'application/epub+zip'
    // the outputTimestamp (2023-05-01T10:00:00Z), not the manuscript's 2024-11-12
    assert first.timeLocal == LocalDateTime.of(2023, 5, 1, 10, 0, 0)
    def opf = zip.entries().toList().find { it.name.endsWith('.opf') }
    assert zip.getInputStream(opf).text.contains('2023-05-01T10:00:00Z')
}
assert new File(basedir, 'target/book/book-report.json').isFile()

String log = new File(basedir, 'build.log').getText('UTF-8')
for (stage in ['read', 'typography', 'layouts', 'lines', 'pages', 'pdf', 'epub']) {
    assert log =~ /(?m)^\[INFO\] $stage +\S.* \(\d+ ms\)$/ : "no line for the stage $stage"
}
return true
