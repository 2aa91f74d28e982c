package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.run.ScrapeRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose every scrape failed: the report's data-source section names the real cause, in every format. */
class ScrapeFailureInReportTest {

    private static final String CAUSE = "HTTP 404 from http://10.0.0.7:3000/metrics";

    @TempDir
    Path root;

    @Test
    void theDataSourceSectionSaysWhyTheScrapesFailed() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (long ts = fixture.summary.startEpochMs(); ts <= fixture.summary.endEpochMs(); ts += 1_000) {
            lines.add(mapper.writeValueAsString(ScrapeRecord.rejected(ts, 404, CAUSE)));
        }
        Files.write(fixture.runDir.resolve("scrape.jsonl"), lines);

        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty());

        for (String report : List.of("report.html", "report.md", "report.txt", "metrics.json")) {
            assertThat(Files.readString(fixture.runDir.resolve(report)))
                    .as(report)
                    .contains(lines.size() + " failed")
                    .contains("last failed scrape: " + CAUSE);
        }
    }
}
