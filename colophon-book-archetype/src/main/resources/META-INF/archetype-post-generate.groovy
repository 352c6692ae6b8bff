// Batch mode (-B, or every property given) does not check archetype-metadata.xml's
// validationRegex: a language the archetype has no manuscript for would give an English
// book marked with the English language without a word. Refuse it, and leave no project.
def language = request.properties.getProperty('language')
def known = ['en', 'fr', 'de']
if (!(language in known)) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    throw new IllegalArgumentException("-Dlanguage=$language: error: the archetype has a manuscript in "
            + known.join(', ') + " only; choose one of them (the manuscript's xml:lang may be changed afterwards)")
}
