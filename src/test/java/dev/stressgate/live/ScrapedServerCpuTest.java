package dev.stressgate.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's server CPU from scrape.jsonl as the sampler appends it, in the shapes of other runtimes too. */
class ScrapedServerCpuTest {
    @TempDir
    Path dir;

    @Test
    void cpuBetweenTheTwoLatestAnsweredScrapesSkippingFailuresAndHalfWrittenLines() throws IOException {
        Path scrapes = dir.resolve("scrape.jsonl");
        ScrapedServerCpu cpu = new ScrapedServerCpu(scrapes);
        assertThat(cpu.get()).isEmpty();

        // a Go-style target: process_cpu_seconds_total without HELP/TYPE lines of ours
        append(scrapes, line(1_000, "process_cpu_seconds_total 10.0\\ngo_goroutines 12\\n"));
        assertThat(cpu.get()).as("one scrape gives no rate").isEmpty();
        append(scrapes, "{\"ts_ms\":3000,\"error\":\"connection refused at http://127.0.0.1:1/metrics\"}\n");
        append(scrapes, line(6_000, "# TYPE process_cpu_seconds_total counter\\nprocess_cpu_seconds_total 12.5\\n"));
        assertThat(cpu.get())
                .get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo(50.0, within(1e-9));

        String next = line(11_000, "process_cpu_seconds_total 17.5\\n");
        append(scrapes, next.substring(0, 20));
        assertThat(cpu.get())
                .as("half a line waits")
                .get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo(50.0, within(1e-9));
        append(scrapes, next.substring(20));
        assertThat(cpu.get())
                .get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo(100.0, within(1e-9));
    }

    private static String line(long tsMs, String body) {
        return "{\"ts_ms\":" + tsMs + ",\"status\":200,\"body\":\"" + body + "\"}\n";
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
