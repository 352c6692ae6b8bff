// the build failed on the manuscript's error, said at its file:line:col, without a stack trace
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /book\.xml:9:\d+: error: / : 'no file:line:col message for the bad element'
assert log.contains('paragraphe')
assert !(log =~ /(?m)^\s+at [a-z]+\.[\w.$]+\(/) : 'a stack trace was printed'
assert !new File(basedir, 'target/book/book.pdf').exists()
return true
