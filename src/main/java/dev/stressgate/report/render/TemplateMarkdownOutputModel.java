package dev.stressgate.report.render;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Markup value of {@link MarkdownOutputFormat}, as FreeMarker's output-format API requires. */
public final class TemplateMarkdownOutputModel extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {
    TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
