package org.colophon.layout;

import java.io.Reader;
import java.io.StringReader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.colophon.styles.Styles;

/**
 * Lets Velocity load templates only from the styles' {@code layouts/} folder (the user's,
 * else the built-in one), so that {@code #parse} and {@code #include} cannot reach any
 * other file.
 */
final class StylesResourceLoader extends ResourceLoader {

    static final String FOLDER = "layouts/";

    private final Styles styles;

    StylesResourceLoader(Styles styles) {
        this.styles = styles;
    }

    @Override
    public void init(ExtProperties configuration) {
        // configured by its constructor
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        if (name == null || name.contains("..") || name.startsWith("/") || name.contains("\\")) {
            throw new ResourceNotFoundException("no such layout: " + name);
        }
        return styles.readText(FOLDER + name)
                .map(text -> (Reader) new StringReader(text))
                .orElseThrow(() -> new ResourceNotFoundException("no such layout: " + name));
    }

    @Override
    public boolean resourceExists(String name) {
        return styles.read(FOLDER + name).isPresent();
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
