package org.colophon.highlight;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

/**
 * The languages Colophon highlights, each by the name a manuscript gives it (and the
 * usual other names), tokenized by RSyntaxTextArea's lexers, which need no display.
 */
public enum CodeLanguage {
    JAVA(JavaTokenMaker::new, "java"),
    XML(XMLTokenMaker::new, "xml", "xhtml", "svg", "xsd", "xslt"),
    HTML(HTMLTokenMaker::new, "html"),
    JSON(JsonTokenMaker::new, "json"),
    SHELL(UnixShellTokenMaker::new, "shell", "sh", "bash", "console"),
    PYTHON(PythonTokenMaker::new, "python", "py"),
    JAVASCRIPT(JavaScriptTokenMaker::new, "javascript", "js"),
    CSS(CSSTokenMaker::new, "css"),
    C(CTokenMaker::new, "c"),
    CPP(CPlusPlusTokenMaker::new, "c++", "cpp"),
    GO(GoTokenMaker::new, "go"),
    KOTLIN(KotlinTokenMaker::new, "kotlin", "kt"),
    RUST(RustTokenMaker::new, "rust", "rs"),
    SQL(SQLTokenMaker::new, "sql"),
    YAML(YamlTokenMaker::new, "yaml", "yml");

    private final Supplier<TokenMaker> lexer;
    private final List<String> names;

    CodeLanguage(Supplier<TokenMaker> lexer, String... names) {
        this.lexer = lexer;
        this.names = List.of(names);
    }

    /** The language a manuscript calls {@code name} (any case), if Colophon knows it. */
    public static Optional<CodeLanguage> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (CodeLanguage language : values()) {
            if (language.names.contains(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Every name a manuscript may give, for messages. */
    public static String knownNames() {
        StringBuilder sb = new StringBuilder();
        for (CodeLanguage language : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(language.names.get(0));
        }
        return sb.toString();
    }

    /** A new lexer: RSyntaxTextArea's keep state between calls, so each block gets its own. */
    TokenMaker lexer() {
        return lexer.get();
    }
}
