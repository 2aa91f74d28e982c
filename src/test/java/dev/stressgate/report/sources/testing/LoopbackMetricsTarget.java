package dev.stressgate.report.sources.testing;

import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A small target on 127.0.0.1 exposing the reference app's metric names with Prometheus client_java. Every
 * scrape first records traffic (10 GET /api/posts 200 at 20 ms, 1 POST /api/posts 500 at 400 ms), so rates
 * and quantiles have data.
 */
public final class LoopbackMetricsTarget implements AutoCloseable {

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder()
            .name("http_requests_total")
            .help("Requests.")
            .labelNames("method", "route", "status")
            .register(registry);
    private final Histogram duration = Histogram.builder()
            .name("http_request_duration_seconds")
            .help("Latency.")
            .labelNames("method", "route")
            .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)
            .register(registry);
    private final HttpServer server;

    public LoopbackMetricsTarget() throws IOException {
        Gauge websockets = Gauge.builder()
                .name("sanctum_active_websockets")
                .help("Open sockets.")
                .labelNames("channel")
                .register(registry);
        websockets.labelValues("chat").set(12);
        websockets.labelValues("game").set(3);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/metrics", exchange -> {
            recordTraffic();
            byte[] body = exposition().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", PrometheusTextFormatWriter.CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String hostPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public void recordTraffic() {
        for (int i = 0; i < 10; i++) {
            requests.labelValues("GET", "/api/posts", "200").inc();
            duration.labelValues("GET", "/api/posts").observe(0.02);
        }
        requests.labelValues("POST", "/api/posts", "500").inc();
        duration.labelValues("POST", "/api/posts").observe(0.4);
    }

    public String exposition() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
