// a German book: German metadata and German quotation marks
language = 'de'
title = 'Ein erstes Buch'
titleInEpub = '„deutsche Anführungszeichen“'
return evaluate(new File(basedir, '../verify-book.groovy'))
