package dev.stressgate.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executors;

/**
 * {@code make bench-hostile-sources}' Prometheus: a loopback stub of {@code /api/v1/query_range} that answers the
 * {@code up} probe with one series (so the report goes on to run its whole query catalog) and every other query with
 * a huge matrix answer, its length declared ({@code declared}) or sent chunked without a length ({@code chunked}).
 * The body is streamed from one 64 KiB block, so the stub itself holds no answer in memory; it runs in its own JVM
 * so it does not count in the report's heap. Writes its port to {@code <port-file>}, prints one line per answer
 * (the query's name and the bytes the client took before hanging up) and runs until it is stopped.
 *
 * <p>Usage: {@code HugeAnswerPrometheus <port-file> <answer bytes> declared|chunked}
 */
public final class HugeAnswerPrometheus {

    private static final int BLOCK = 64 * 1024;

    private final long answerBytes;
    private final boolean chunked;
    private final byte[] block;

    private HugeAnswerPrometheus(long answerBytes, boolean chunked) {
        this.answerBytes = answerBytes;
        this.chunked = chunked;
        String series = "{\"metric\":{\"__name__\":\"http_requests_total\",\"route\":\"/api/posts\"},"
                + "\"values\":[[1763769600,\"1\"],[1763769605,\"2\"]]},";
        StringBuilder text = new StringBuilder(BLOCK);
        while (text.length() + series.length() <= BLOCK) {
            text.append(series);
        }
        block = Arrays.copyOf(text.toString().getBytes(StandardCharsets.US_ASCII), BLOCK);
        Arrays.fill(block, text.length(), BLOCK, (byte) ' ');
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[2].matches("declared|chunked")) {
            System.err.println("usage: HugeAnswerPrometheus <port-file> <answer bytes> declared|chunked");
            System.exit(2);
        }
        HugeAnswerPrometheus stub = new HugeAnswerPrometheus(Long.parseLong(args[1]), args[2].equals("chunked"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", stub::answer);
        server.start();
        Path portFile = Path.of(args[0]);
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".partial");
        Files.writeString(partial, Integer.toString(server.getAddress().getPort()));
        Files.move(partial, portFile);
        System.out.println("listening on 127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery() == null
                    ? ""
                    : exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (parameter(query, "query").startsWith("up{")) {
                byte[] up = upSeries(parameter(query, "start"), parameter(query, "end"));
                exchange.sendResponseHeaders(200, up.length);
                exchange.getResponseBody().write(up);
                return;
            }
            long sent = 0;
            exchange.sendResponseHeaders(200, chunked ? 0 : answerBytes);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] open = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                        .getBytes(StandardCharsets.US_ASCII);
                byte[] close = "{\"metric\":{},\"values\":[]}]}}".getBytes(StandardCharsets.US_ASCII);
                out.write(open);
                sent += open.length;
                while (sent + BLOCK <= answerBytes - close.length) {
                    out.write(block);
                    sent += BLOCK;
                }
                byte[] pad = new byte[(int) (answerBytes - close.length - sent)];
                Arrays.fill(pad, (byte) ' ');
                out.write(pad);
                out.write(close);
                sent = answerBytes;
            } catch (IOException clientHungUp) {
                // the client stopped reading at its cap: that is what is measured
            }
            System.out.printf(
                    "answered %s: %.1f MiB of %.1f MiB written before the client hung up or the answer ended%n",
                    parameter(query, "query").replaceAll("\\s+", " "), sent / 1048576.0, answerBytes / 1048576.0);
        }
    }

    private static byte[] upSeries(String start, String end) {
        return ("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"up\"},"
                        + "\"values\":[[" + start + ",\"1\"],[" + end + ",\"1\"]]}]}}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A parameter of the raw query string, decoded; empty when absent. */
    private static String parameter(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
