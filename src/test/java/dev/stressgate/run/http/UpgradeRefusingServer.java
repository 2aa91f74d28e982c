package dev.stressgate.run.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that behaves like a Node service handling WebSocket upgrades itself: ANY request carrying an
 * {@code Upgrade} header (e.g. Java's {@code Upgrade: h2c}) gets 404 from the "upgrade handler"; other requests get
 * the fixed answer of their path (404 for an unknown path), whatever the method.
 */
public final class UpgradeRefusingServer implements AutoCloseable {

    /** The answer to one path. */
    public record Route(int status, String contentType, String body) {

        public static Route json(String body) {
            return new Route(200, "application/json", body);
        }

        public static Route text(String body) {
            return new Route(200, "text/plain; version=0.0.4", body);
        }
    }

    private final HttpServer server;
    private final AtomicInteger refusedUpgrades = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    public UpgradeRefusingServer(Map<String, Route> routes) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                Route route = routes.get(exchange.getRequestURI().getPath());
                if (exchange.getRequestHeaders().containsKey("Upgrade")) {
                    refusedUpgrades.incrementAndGet();
                    route = new Route(404, "text/plain", "Cannot upgrade\n");
                } else if (route == null) {
                    route = new Route(404, "text/plain", "no such path\n");
                } else {
                    served.incrementAndGet();
                }
                byte[] body = route.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", route.contentType());
                exchange.sendResponseHeaders(route.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** Requests answered with 404 because they carried {@code Upgrade}. */
    public int refusedUpgrades() {
        return refusedUpgrades.get();
    }

    /** Requests answered from a route. */
    public int served() {
        return served.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
