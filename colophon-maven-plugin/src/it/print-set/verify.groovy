// <print>true</print>: the interior and the cover spread claim PDF/X-4 in their metadata, and
// mvn install installed the cover beside the books
File pdf = new File(basedir, 'target/book/book.pdf')
File cover = new File(basedir, 'target/book/book-cover.pdf')
assert pdf.isFile() : "no $pdf"
assert cover.isFile() : "no $cover: the print set has a cover spread"
String interior = new String(pdf.bytes, 'ISO-8859-1')
assert interior.startsWith('%PDF-1.6') : interior.substring(0, 8)
assert interior.contains('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>') : 'no PDF/X-4 claim in the XMP'
// the cover is the print set's spread, PDF/X-4 as the interior (its width is CoverSpreadTest's)
assert new String(cover.bytes, 'ISO-8859-1').contains('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>')
File repo = new File(localRepositoryPath, 'org/colophon/it/print-set/1.0')
File installed = new File(repo, 'print-set-1.0-cover.pdf')
assert installed.isFile() : "not installed: $installed"
assert installed.bytes == cover.bytes
return true
