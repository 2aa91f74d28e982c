package dev.stressgate.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.run.http.HttpAnswer;
import dev.stressgate.run.http.OutboundFailure;
import dev.stressgate.run.http.OutboundHttp;
import dev.stressgate.run.http.OutboundHttpSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Scrapes the target's Prometheus endpoint at a fixed interval while load runs and appends every answer (or failure)
 * to {@code scrape.jsonl}, so server metrics exist even without a Prometheus server. A target without metrics is not
 * an error: {@link #endpoint()} says it was unavailable and why, and how many scrapes failed with which last cause.
 * Each scrape is one {@link OutboundHttp} call (HTTP/1.1 by default, the scrape size cap, a total deadline of the
 * interval, at most {@value #MAX_SCRAPE_TIMEOUT_S} s); failures reach the console through a
 * {@link ScrapeFailureTally}: the first in full, then counts.
 */
public final class MetricsSampler implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_SCRAPE_TIMEOUT_S = 10;
    private static final Duration MAX_SCRAPE_TIMEOUT = Duration.ofSeconds(MAX_SCRAPE_TIMEOUT_S);

    private final URI url;
    private final Duration interval;
    private final OutboundHttp http;
    private final Clock clock;
    private final BufferedWriter out;
    private final ScheduledExecutorService scheduler;
    private final ScrapeFailureTally tally;
    private boolean everAnswered;
    private boolean closed;

    /** @param console where scrape failures are told during the run (the first in full, then counts) */
    public MetricsSampler(
            URI url,
            Path scrapeFile,
            Duration interval,
            Clock clock,
            OutboundHttpSettings outbound,
            Consumer<String> console) {
        this.url = url;
        this.interval = interval;
        this.clock = clock;
        this.http = OutboundHttp.forScrapes(outbound, timeout());
        this.tally = new ScrapeFailureTally(console, clock, ScrapeFailureTally.DEFAULT_SUMMARY_INTERVAL);
        try {
            this.out = Files.newBufferedWriter(
                    scrapeFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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
        everAnswered |= record.succeeded();
        tally.record(record);
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
        return new RunMetadata.MetricsEndpoint(
                url.toString(),
                everAnswered,
                everAnswered ? null : tally.lastFailure(),
                tally.attempts(),
                tally.failures(),
                tally.lastFailure());
    }

    /** Takes a last scrape (the end of the run), stops the schedule and closes the file. */
    @Override
    public void close() {
        Schedules.stop(scheduler, timeout().plusSeconds(1));
        synchronized (this) {
            if (closed) {
                return;
            }
            scrapeOnce();
            closed = true;
            tally.finish();
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close scrape.jsonl: " + e.getMessage(), e);
            }
        }
    }

    /**
     * One scrape. An answer is stamped when it arrived, which is when the target read its counters, as near as a
     * client can tell: a busy single-threaded target (Node.js under a CPU-heavy load) handles the scrape only after
     * the requests queued before it, up to seconds later, and a counter rate over send times would swing with that
     * wait. A scrape with no answer is stamped when it was sent.
     */
    private ScrapeRecord fetch() {
        long sent = clock.millis();
        try {
            HttpAnswer answer = http.get(url, "text/plain");
            long arrived = clock.millis();
            return answer.successful()
                    ? ScrapeRecord.answered(arrived, arrived - sent, answer.status(), answer.body())
                    : ScrapeRecord.rejected(
                            arrived,
                            answer.status(),
                            OutboundFailure.status(url, answer.status()).getMessage());
        } catch (OutboundFailure e) {
            return ScrapeRecord.failed(sent, e.getMessage());
        }
    }

    private Duration timeout() {
        return interval.compareTo(MAX_SCRAPE_TIMEOUT) < 0 ? interval : MAX_SCRAPE_TIMEOUT;
    }
}
