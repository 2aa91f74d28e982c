package dev.stressgate.report.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker setup shared by every rendering. The output format, and with it the auto-escaping, follows from
 * the template's name: {@code *.html.ftl} HTML, {@code *.xml.ftl} XML, {@code *.md.ftl} Markdown,
 * {@code *.txt.ftl} terminal text. Numbers, dates and locale are fixed so the same model always renders to the
 * same bytes on any machine.
 */
public final class ReportTemplates {
    private final Configuration configuration;

    public ReportTemplates() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ClassTemplateLoader(ReportTemplates.class, "/templates"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("0.##");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                        byExtension("*.html.ftl", HTMLOutputFormat.INSTANCE),
                        byExtension("*.xml.ftl", XMLOutputFormat.INSTANCE),
                        byExtension("*.md.ftl", MarkdownOutputFormat.INSTANCE),
                        byExtension("*.txt.ftl", TerminalTextOutputFormat.INSTANCE))
                .allowNoMatch(false));
    }

    private static ConditionalTemplateConfigurationFactory byExtension(String glob, OutputFormat format) {
        TemplateConfiguration templateConfiguration = new TemplateConfiguration();
        templateConfiguration.setOutputFormat(format);
        templateConfiguration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        return new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher(glob), templateConfiguration);
    }

    /**
     * Renders one template with the given data model.
     *
     * @throws RenderingException when the template is missing or fails on the model
     */
    public String render(String templateName, Map<String, ?> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new RenderingException("cannot load template " + templateName + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new RenderingException("template " + templateName + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }
}
