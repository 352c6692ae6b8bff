package org.colophon.layout;

import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.colophon.error.BuildException;
import org.colophon.styles.StyleFileRefused;
import org.colophon.styles.Styles;

/**
 * Velocity, set up the way Colophon's layouts need it: strict (an undefined reference is
 * an error, not silent text), escaping every printed value, templates read only from the
 * styles, and no reflection into the JVM from a template.
 */
final class TemplateEngine {

    private static final Pattern LOCATION = Pattern.compile(" at (\\S+?)\\[line (\\d+), column (\\d+)\\]");

    private final Styles styles;
    private final VelocityEngine engine;
    private final EventCartridge escaping = new EventCartridge();
    private final java.util.Set<String> checked = java.util.concurrent.ConcurrentHashMap.newKeySet();

    TemplateEngine(Styles styles) {
        this.styles = styles;
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "styles");
        p.put("resource.loader.styles.instance", new StylesResourceLoader(styles));
        p.setProperty("resource.loader.styles.cache", "true");
        p.setProperty("resource.loader.styles.modification_check_interval", "-1");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, ReadOnlyUberspector.class.getName());
        p.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        // Interpolating "$x" inside a string literal would escape x once there and again when
        // the string is printed (&amp;amp;): literals stay literal, values are used directly.
        p.setProperty(RuntimeConstants.INTERPOLATE_STRINGLITERALS, "false");
        p.setProperty(RuntimeConstants.ENCODING_DEFAULT, "UTF-8");
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        p.setProperty(RuntimeConstants.VM_MAX_DEPTH, String.valueOf(LayoutLimits.MAX_MACRO_DEPTH));
        // one above the loop limit, which CountedForeach enforces with an error where Velocity would stop silently
        p.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, String.valueOf(LayoutLimits.MAX_LOOP_ROUNDS + 1));
        p.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, ConfinedParse.class.getName() + "," + ConfinedInclude.class.getName()
                + "," + CountedForeach.class.getName());
        engine = new VelocityEngine(p);
        engine.init();
        escaping.addEventHandler(new EscapingInsertionHandler());
    }

    boolean exists(String name) {
        try {
            return styles.read(Styles.Kind.LAYOUT, name).isPresent();
        } catch (StyleFileRefused refused) {
            return true; // rendering it says why it may not be used
        }
    }

    /** Renders {@code layouts/<name>} with the given objects, the only ones the template can reach. */
    String render(String name, Map<String, Object> objects) throws BuildException {
        try {
            Template template = engine.getTemplate(name, "UTF-8");
            if (checked.add(name)) {
                UnknownMacros.Call call = UnknownMacros.first(template);
                if (call != null) {
                    throw new BuildException(describe(name), call.line(), call.column(), "layout error: #"
                            + call.name() + "(…) is neither a Velocity directive nor a macro the layouts define;"
                            + " it would be printed as text");
                }
            }
            RenderBudget context = new RenderBudget();
            objects.forEach(context::put);
            escaping.attachToContext(context);
            BoundedWriter out = new BoundedWriter(name);
            template.merge(context, out);
            return out.toString();
        } catch (LayoutRefused e) {
            throw refusal(e, name);
        } catch (ResourceNotFoundException e) {
            throw new BuildException(describe(name), 0, 0, "layout not found: " + firstLine(e.getMessage()));
        } catch (ParseErrorException e) {
            // Velocity names the token it stopped at; a block left open is named at its start instead
            String template = e.getTemplateName() == null || e.getTemplateName().isEmpty() ? name : e.getTemplateName();
            LayoutBlocks.Explained why = LayoutBlocks.explain(source(template), firstLine(e.getMessage()), e.getLineNumber());
            if (why != null) {
                throw new BuildException(describe(template), why.line(), why.column(), "layout error: " + why.message());
            }
            throw new BuildException(describe(e.getTemplateName(), name), e.getLineNumber(), e.getColumnNumber(),
                    "layout error: " + cleanMessage(e));
        } catch (VelocityException e) {
            if (LayoutRefused.in(e) != null) {
                throw refusal(LayoutRefused.in(e), name);
            }
            if (e.getCause() instanceof LayoutLimitExceeded limit) {
                // raised inside a method call, which Velocity wraps; the limit knows the call's place too
                e = limit;
            }
            if (e instanceof ExtendedParseException located) {
                throw new BuildException(describe(located.getTemplateName(), name), located.getLineNumber(),
                        located.getColumnNumber(), "layout error: " + cleanMessage(e));
            }
            // a #define block that refers to itself: Velocity's own words name a Java class
            VelocityException failure = e;
            String message = Objects.requireNonNullElseGet(LayoutBlocks.selfReference(e.getMessage()),
                    () -> cleanMessage(failure));
            // some of Velocity's errors carry their place in their message only
            Matcher at = LOCATION.matcher(String.valueOf(e.getMessage()));
            if (at.find()) {
                throw new BuildException(describe(at.group(1), name), Integer.parseInt(at.group(2)),
                        Integer.parseInt(at.group(3)), "layout error: " + message);
            }
            throw new BuildException(describe(name), 0, 0, "layout error: " + message);
        } catch (RuntimeException e) {
            // a template called a method of ours that failed: still the layout's fault
            throw new BuildException(describe(name), 0, 0, "layout error: " + e);
        }
    }

    private BuildException refusal(LayoutRefused refused, String name) {
        return refused.templateName() == null
                ? new BuildException(describe(name), 0, 0, refused.getMessage())
                : new BuildException(describe(refused.templateName()), refused.line(), refused.column(), refused.getMessage());
    }

    private String describe(String templateName, String fallback) {
        return describe(templateName == null || templateName.isEmpty() ? fallback : templateName);
    }

    /** How {@code layouts/<name>} is named in messages: its path in the user's folder, or as built in. */
    String describe(String name) {
        return styles.describe(Styles.Kind.LAYOUT, name);
    }

    /** The text of {@code layouts/<name>}, empty when the styles have none or may not use it. */
    String source(String name) {
        try {
            return styles.readText(Styles.Kind.LAYOUT, name).orElse("");
        } catch (StyleFileRefused refused) {
            return "";
        }
    }

    private static String cleanMessage(Exception e) {
        String message = firstLine(e.getMessage());
        // Velocity appends "at name[line L, column C]"; we print the location ourselves
        int at = message.lastIndexOf(" at ");
        if (at > 0 && message.indexOf("[line ", at) > 0) {
            message = message.substring(0, at);
        }
        return message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
