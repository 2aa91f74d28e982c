package dev.stressgate.report.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stressgate.run.InjectorSample;
import dev.stressgate.run.RunDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the injectors' self-samples of a run directory: its own {@code injector.jsonl} (a single injector) and that
 * of every {@code injector-<i>/} sub-directory (several injectors under one run id). A run without the file (older
 * runs) has none. The last line of a file may be cut short (an injector killed mid-write) and is then left out; any
 * other unreadable line is an error naming the file and line.
 */
public final class InjectorLoads {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private InjectorLoads() {}

    /**
     * @param runDir  the run directory
     * @param baseUrl the run's target ({@code base_url} of run.json); a loopback host means the injector shared
     *                its host with the target
     */
    public static List<InjectorLoad> read(Path runDir, String baseUrl) {
        boolean sameHost = isLoopback(baseUrl);
        List<InjectorLoad> loads = new ArrayList<>();
        Path own = RunDirectory.at(runDir).injectorJsonl();
        if (Files.isRegularFile(own)) {
            loads.add(new InjectorLoad("injector", sameHost, samples(own)));
        }
        try {
            for (Path dir : RunDirectory.injectorDirs(runDir)) {
                Path file = RunDirectory.at(dir).injectorJsonl();
                if (Files.isRegularFile(file)) {
                    loads.add(new InjectorLoad(dir.getFileName().toString(), sameHost, samples(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runDir + ": " + e.getMessage(), e);
        }
        return loads;
    }

    static List<InjectorSample> samples(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<InjectorSample> samples = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                samples.add(MAPPER.readValue(line, InjectorSample.class));
            } catch (JsonProcessingException e) {
                if (i == lines.size() - 1) {
                    break;
                }
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected one injector sample as a "
                        + "JSON object (epoch_ms, processors, process_cpu_cores, host_cpu_pct, gc_pct, "
                        + "heap_used_bytes, heap_max_bytes): " + e.getOriginalMessage());
            }
        }
        return samples;
    }

    /** Whether {@code baseUrl}'s host is a loopback name or address (resolving no other name). */
    static boolean isLoopback(String baseUrl) {
        String host;
        try {
            host = baseUrl == null ? null : URI.create(baseUrl).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        boolean literal = name.startsWith("[") || name.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
