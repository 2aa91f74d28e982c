package dev.stressgate.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Scrapes the target's Prometheus endpoint at a fixed interval while load runs and appends every answer (or failure)
 * to {@code scrape.jsonl}, so server metrics exist even without a Prometheus server. A target without metrics is not
 * an error: {@link #endpoint()} says it was unavailable and why.
 */
public final class MetricsSampler implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration MAX_SCRAPE_TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final Duration interval;
    private final HttpClient client;
    private final Clock clock;
    private final BufferedWriter out;
    private final ScheduledExecutorService scheduler;
    private boolean everAnswered;
    private String lastProblem;
    private boolean closed;

    public MetricsSampler(URI url, Path scrapeFile, Duration interval, Clock clock) {
        this.url = url;
        this.interval = interval;
        this.clock = clock;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout()).build();
        try {
            this.out = Files.newBufferedWriter(scrapeFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + scrapeFile + ": " + e.getMessage(), e);
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "metrics-sampler");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Scrapes once right away (so the start of the run is covered), then every interval until closed. */
    public void start() {
        scrapeOnce();
        long millis = interval.toMillis();
        scheduler.scheduleAtFixedRate(this::scrapeOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Performs one scrape and appends its record; never throws for an unreachable or metric-less target. */
    public synchronized ScrapeRecord scrapeOnce() {
        if (closed) {
            throw new IllegalStateException("sampler for " + url + " is closed");
        }
        ScrapeRecord record = fetch();
        if (record.succeeded()) {
            everAnswered = true;
        } else {
            lastProblem = describe(record);
        }
        try {
            out.write(MAPPER.writeValueAsString(record));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to scrape.jsonl: " + e.getMessage(), e);
        }
        return record;
    }

    /** Availability of the endpoint over the scrapes done so far. */
    public synchronized RunMetadata.MetricsEndpoint endpoint() {
        return new RunMetadata.MetricsEndpoint(url.toString(), everAnswered, everAnswered ? null : lastProblem);
    }

    /** Takes a last scrape (the end of the run), stops the schedule and closes the file. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(timeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            scrapeOnce();
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close scrape.jsonl: " + e.getMessage(), e);
            }
        }
    }

    private ScrapeRecord fetch() {
        long now = clock.millis();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout()).GET()
                .header("Accept", "text/plain").build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return ScrapeRecord.answered(now, response.statusCode(), response.body());
        } catch (ConnectException e) {
            return ScrapeRecord.failed(now, e.getMessage() == null ? "Connection refused" : e.getMessage());
        } catch (HttpTimeoutException e) {
            return ScrapeRecord.failed(now, "Timed out after " + timeout().toMillis() + " ms");
        } catch (IOException e) {
            return ScrapeRecord.failed(now, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ScrapeRecord.failed(now, "Interrupted");
        }
    }

    private String describe(ScrapeRecord record) {
        return record.status() == null
                ? "GET " + url + " failed: " + record.error()
                : "GET " + url + " answered HTTP " + record.status();
    }

    private Duration timeout() {
        return interval.compareTo(MAX_SCRAPE_TIMEOUT) < 0 ? interval : MAX_SCRAPE_TIMEOUT;
    }
}
