// a French book: French metadata, and the narrow no-break space before the title's "?"
language = 'fr'
title = 'Un premier livre'
titleInEpub = 'Par où commencer\u202F?'
return evaluate(new File(basedir, '../verify-book.groovy'))
