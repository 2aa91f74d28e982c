package dev.stressgate.live;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.report.sources.exposition.ExpositionParseException;
import dev.stressgate.report.sources.exposition.PrometheusTextParser;
import dev.stressgate.report.sources.exposition.Sample;
import dev.stressgate.run.ScrapeRecord;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The target's CPU, in percent of one core, between its two latest answered scrapes in the run's
 * {@code scrape.jsonl} (written by the run's metrics sampler): the increase of {@code process_cpu_seconds_total}
 * (summed over its series; the standard Prometheus clients of Go, Node.js, Python and the JVM export it) over the
 * time between the scrapes. Empty until two answers with that counter exist, or after a reset.
 */
final class ScrapedServerCpu implements Supplier<Optional<Double>> {
    private static final String CPU = "process_cpu_seconds_total";
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path scrapeFile;
    private long offset;
    private long previousMs = -1;
    private double previousCpu;
    private Double latestPct;

    ScrapedServerCpu(Path scrapeFile) {
        this.scrapeFile = scrapeFile;
    }

    @Override
    public synchronized Optional<Double> get() {
        try {
            readNewLines();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(latestPct);
    }

    private void readNewLines() throws IOException {
        if (!Files.isRegularFile(scrapeFile)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(scrapeFile.toFile(), "r")) {
            if (file.length() <= offset) {
                return;
            }
            byte[] bytes = new byte[(int) Math.min(file.length() - offset, 64L << 20)];
            file.seek(offset);
            file.readFully(bytes);
            int lineStart = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    take(new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8));
                    lineStart = i + 1;
                }
            }
            offset += lineStart;
        }
    }

    private void take(String line) {
        try {
            ScrapeRecord record = JSON.readValue(line, ScrapeRecord.class);
            if (record.body() == null) {
                return;
            }
            double cpu = 0;
            boolean found = false;
            for (Sample sample : new PrometheusTextParser().parse(record.body()).samples()) {
                if (sample.name().equals(CPU)) {
                    cpu += sample.value();
                    found = true;
                }
            }
            if (!found) {
                return;
            }
            if (previousMs >= 0 && record.tsMs() > previousMs) {
                latestPct =
                        cpu < previousCpu ? null : (cpu - previousCpu) / ((record.tsMs() - previousMs) / 1000.0) * 100;
            }
            previousMs = record.tsMs();
            previousCpu = cpu;
        } catch (IOException | ExpositionParseException | RuntimeException unusable) {
            // a line the report would also skip: no figure from it
        }
    }
}
