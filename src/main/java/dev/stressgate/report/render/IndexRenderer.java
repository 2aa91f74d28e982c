package dev.stressgate.report.render;

import dev.stressgate.report.render.view.IndexView;
import dev.stressgate.run.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Renders the run index ({@code $ARTIFACT_DIR/index.html}) with per-profile trend charts inlined. */
public final class IndexRenderer {
    public static final String INDEX = "index.html";

    private final ReportTemplates templates;
    private final ChartJsLibrary chartJs;
    private final ScriptSafeJson json;

    public IndexRenderer(ReportTemplates templates, ChartJsLibrary chartJs, ScriptSafeJson json) {
        this.templates = templates;
        this.chartJs = chartJs;
        this.json = json;
    }

    /** A renderer with the bundled templates and the Chart.js WebJar. */
    public static IndexRenderer withDefaults() {
        return new IndexRenderer(new ReportTemplates(), ChartJsLibrary.fromClasspath(), new ScriptSafeJson());
    }

    public String render(IndexView view) {
        return templates.render(
                "index.html.ftl",
                Map.of(
                        "index", view,
                        "chartJs", chartJs.source(),
                        "trendJson", json.write(new TrendPayload(view.trends()))));
    }

    /** Writes index.html into {@code artifactDir} atomically and returns its path. */
    public Path writeTo(Path artifactDir, IndexView view) throws IOException {
        return AtomicFile.writeString(artifactDir.resolve(INDEX), render(view));
    }
}
