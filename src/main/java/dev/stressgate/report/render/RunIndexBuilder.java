package dev.stressgate.report.render;

import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SummaryReader;
import dev.stressgate.report.render.view.IndexRunRow;
import dev.stressgate.report.render.view.IndexView;
import dev.stressgate.report.render.view.ProfileTrend;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the run index from run directories: one row per run in the order given (newest first), figures from
 * summary.json, status from
 * ai-analysis.json. A run whose artifacts are missing or broken is listed with the problem, never skipped.
 */
public final class RunIndexBuilder {
    /**
     * @param artifactDirName shown in the page title
     * @param runDirsNewestFirst the run directories, newest first
     */
    public IndexView build(String artifactDirName, List<Path> runDirsNewestFirst) {
        List<IndexRunRow> rows =
                runDirsNewestFirst.stream().map(RunIndexBuilder::row).toList();
        return new IndexView(artifactDirName, rows, trends(rows));
    }

    private static IndexRunRow row(Path runDir) {
        String runId = runDir.getFileName().toString();
        List<String> problems = new ArrayList<>();
        String profile = null;
        try {
            RunMetadata run = RunMetadataFile.read(RunDirectory.at(runDir).runJson());
            profile = run.profile().name();
        } catch (RuntimeException e) {
            problems.add("run.json unreadable");
        }
        RunSummary summary = null;
        SummaryReader summaries = new SummaryReader();
        if (!summaries.existsIn(runDir)) {
            problems.add("no summary.json (report not generated)");
        } else {
            try {
                summary = summaries.readTotalsFrom(runDir);
            } catch (IOException | RuntimeException e) {
                problems.add("summary.json broken");
            }
        }
        String status = null;
        Path analysisFile = runDir.resolve(AiAnalysisJson.FILE_NAME);
        if (Files.isRegularFile(analysisFile)) {
            try {
                AiAnalysis analysis = new AiAnalysisJson().read(analysisFile);
                status = analysis.status().name();
                profile = profile == null ? analysis.profile() : profile;
            } catch (IOException | RuntimeException e) {
                problems.add("ai-analysis.json broken");
            }
        } else if (summary != null) {
            problems.add("no ai-analysis.json");
        }
        String href = Files.isRegularFile(runDir.resolve(ReportRenderer.HTML))
                ? RelativeLink.to(runId + "/" + ReportRenderer.HTML)
                : null;
        return new IndexRunRow(
                runId,
                profile,
                status,
                summary == null ? null : (double) summary.global().p95Ms(),
                summary == null ? null : summary.global().koPercent(),
                summary == null ? null : summary.global().meanRps(),
                href,
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static List<ProfileTrend> trends(List<IndexRunRow> newestFirst) {
        Map<String, List<IndexRunRow>> byProfile = new TreeMap<>();
        for (IndexRunRow row : newestFirst) {
            if (row.profile() != null && row.p95Ms() != null) {
                byProfile.computeIfAbsent(row.profile(), p -> new ArrayList<>()).add(0, row);
            }
        }
        return byProfile.entrySet().stream()
                .map(e -> new ProfileTrend(
                        e.getKey(),
                        e.getValue().stream().map(IndexRunRow::runId).toList(),
                        e.getValue().stream().map(IndexRunRow::p95Ms).toList(),
                        e.getValue().stream().map(IndexRunRow::errorPercent).toList(),
                        e.getValue().stream().map(IndexRunRow::rps).toList()))
                .toList();
    }
}
