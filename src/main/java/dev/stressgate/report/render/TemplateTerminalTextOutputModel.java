package dev.stressgate.report.render;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Markup value of {@link TerminalTextOutputFormat}, as FreeMarker's output-format API requires. */
public final class TemplateTerminalTextOutputModel
        extends CommonTemplateMarkupOutputModel<TemplateTerminalTextOutputModel> {
    TemplateTerminalTextOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public TerminalTextOutputFormat getOutputFormat() {
        return TerminalTextOutputFormat.INSTANCE;
    }
}
