package dev.stressgate.report.render;

import dev.stressgate.report.render.view.ChartView;
import dev.stressgate.report.render.view.ReportView;
import dev.stressgate.run.AtomicFile;
import dev.stressgate.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one run's {@link ReportView} into report.html (self-contained, charts inlined), report.md, report.txt
 * and junit.xml (characters XML forbids replaced, see {@link XmlCharacters}). The same view always gives the same
 * bytes.
 */
public final class ReportRenderer {
    public static final String HTML = RunDirectory.REPORT_HTML;
    public static final String MARKDOWN = "report.md";
    public static final String TEXT = "report.txt";
    public static final String JUNIT = "junit.xml";

    private static final Map<String, String> TEMPLATE_BY_FILE = orderedTemplates();

    private final ReportTemplates templates;
    private final ChartJsLibrary chartJs;
    private final ScriptSafeJson json;

    public ReportRenderer(ReportTemplates templates, ChartJsLibrary chartJs, ScriptSafeJson json) {
        this.templates = templates;
        this.chartJs = chartJs;
        this.json = json;
    }

    /** A renderer with the bundled templates and the Chart.js WebJar. */
    public static ReportRenderer withDefaults() {
        return new ReportRenderer(new ReportTemplates(), ChartJsLibrary.fromClasspath(), new ScriptSafeJson());
    }

    private static Map<String, String> orderedTemplates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(HTML, "report.html.ftl");
        templates.put(MARKDOWN, "report.md.ftl");
        templates.put(TEXT, "report.txt.ftl");
        templates.put(JUNIT, "junit.xml.ftl");
        return templates;
    }

    /** Renders every report file; keys are file names in a fixed order. */
    public Map<String, String> render(ReportView view) {
        List<ChartView> drawable =
                view.charts().stream().filter(ChartView::hasData).toList();
        Map<String, Object> model = Map.of(
                "report", view,
                "chartJs", chartJs.source(),
                "chartJsVersion", chartJs.version(),
                "chartJson", json.write(new ChartPayload(view.timeAxisSeconds(), drawable)),
                "chartIntervalSeconds", MinMaxDecimation.intervalSeconds(view.timeAxisSeconds()),
                "chartMaxPoints", MinMaxDecimation.MAX_POINTS);
        Map<String, String> rendered = new LinkedHashMap<>();
        TEMPLATE_BY_FILE.forEach((file, template) -> rendered.put(file, templates.render(template, model)));
        rendered.computeIfPresent(JUNIT, (file, xml) -> XmlCharacters.withoutForbidden(xml));
        return rendered;
    }

    /** Renders every report file into {@code runDir}, each written atomically; returns the written paths. */
    public List<Path> writeTo(Path runDir, ReportView view) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : render(view).entrySet()) {
            written.add(AtomicFile.writeString(runDir.resolve(file.getKey()), file.getValue()));
        }
        return written;
    }
}
