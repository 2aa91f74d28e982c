package dev.stressgate.report.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for report.txt: plain text that is safe to {@code cat} in a terminal. Interpolated
 * values lose control characters (so a log line cannot carry ANSI escape sequences or rewrite the screen with
 * carriage returns) and their line breaks (so they cannot break the fixed-width tables).
 */
public final class TerminalTextOutputFormat extends CommonMarkupOutputFormat<TemplateTerminalTextOutputModel> {
    public static final TerminalTextOutputFormat INSTANCE = new TerminalTextOutputFormat();

    private TerminalTextOutputFormat() {}

    @Override
    public String getName() {
        return "TerminalText";
    }

    @Override
    public String getMimeType() {
        return "text/plain";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        StringBuilder escaped = new StringBuilder(plainTextContent.length());
        plainTextContent.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                escaped.append(' ');
            } else if (!Character.isISOControl(cp)) {
                escaped.appendCodePoint(cp);
            }
        });
        return escaped.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateTerminalTextOutputModel newTemplateMarkupOutputModel(
            String plainTextContent, String markupContent) throws TemplateModelException {
        return new TemplateTerminalTextOutputModel(plainTextContent, markupContent);
    }
}
