// mvn colophon:build, the plugin named by its prefix only, built the book
File pdf = new File(basedir, 'target/book/book.pdf')
assert pdf.isFile() : "no $pdf"
byte[] head = new byte[5]
pdf.withInputStream { it.read(head) }
assert new String(head, 'US-ASCII') == '%PDF-'
assert new File(basedir, 'target/book/book.epub').isFile()
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /--- colophon-maven-plugin:[\d.]+:build \(default-cli\) @ prefix ---/
return true
