package org.colophon.layout;

import java.io.Reader;
import java.io.StringReader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.colophon.styles.StyleFileRefused;
import org.colophon.styles.Styles;

/**
 * Lets Velocity load templates only from the styles' {@code layouts/} folder (the user's,
 * else the built-in one), under the styles folder's rule: {@code #parse} and
 * {@code #include} cannot reach any other file, by {@code ..}, an absolute path or a link.
 */
final class StylesResourceLoader extends ResourceLoader {

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
        if (name == null) {
            throw new ResourceNotFoundException("no such layout: " + name);
        }
        try {
            return styles.readText(Styles.Kind.LAYOUT, name)
                    .map(text -> (Reader) new StringReader(text))
                    .orElseThrow(() -> new ResourceNotFoundException("no such layout: " + name));
        } catch (StyleFileRefused refused) {
            throw new LayoutRefused(refused.getMessage());
        }
    }

    @Override
    public boolean resourceExists(String name) {
        try {
            return styles.read(Styles.Kind.LAYOUT, name).isPresent();
        } catch (StyleFileRefused refused) {
            return true; // loading it says why it may not be used
        }
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
