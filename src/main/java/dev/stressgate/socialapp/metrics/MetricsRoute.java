package dev.stressgate.socialapp.metrics;

import dev.stressgate.socialapp.http.Access;
import dev.stressgate.socialapp.http.RouteGroup;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** {@code GET /metrics}: this instance's registry in the Prometheus text format. */
public final class MetricsRoute implements RouteGroup {

    private final AppMetrics metrics;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    public MetricsRoute(AppMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/metrics", this::scrape, Access.PUBLIC);
    }

    private void scrape(Context ctx) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        writer.write(body, metrics.registry().scrape());
        ctx.contentType(writer.getContentType()).result(body.toByteArray());
    }
}
