package dev.stressgate.report.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for GitHub-flavoured Markdown: every interpolated value is escaped so that names, log
 * lines and messages can neither inject HTML nor break a table row. Inline Markdown punctuation (emphasis, code,
 * links, table pipes, strike-through) gets a backslash, HTML specials become entities (a backslash does not
 * neutralise raw HTML in every renderer), line breaks become spaces and other control characters are dropped.
 * Values never start a line in the templates, so block markers (#, -, +, 1.) need no escaping.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private static final String BACKSLASHED = "\\`*_[]|~";

    private MarkdownOutputFormat() {}

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        StringBuilder escaped = new StringBuilder(plainTextContent.length() + 16);
        for (int i = 0; i < plainTextContent.length(); i++) {
            char c = plainTextContent.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\r', '\n', '\t' -> escaped.append(' ');
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0) {
                        escaped.append('\\').append(c);
                    } else if (!Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent)
            throws TemplateModelException {
        return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
    }
}
