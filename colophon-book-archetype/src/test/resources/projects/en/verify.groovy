// an English book: straight quotes typed, curly quotes in the book
language = 'en'
title = 'A First Book'
titleInEpub = '“like this”'
return evaluate(new File(basedir, '../verify-book.groovy'))
