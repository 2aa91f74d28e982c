package dev.stressgate.report.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a finding rests on. {@code id} is stable across re-runs of the report on the same data (for example
 * {@code slo.global.p95_ms} or {@code server.cpu}), so the model and the report can cite it.
 *
 * @param id      stable evidence id
 * @param source  where the numbers come from: {@code gatling}, {@code metrics}, {@code logs}, {@code slo}, {@code baseline}
 * @param refs    series ids, request names or log categories the values were taken from
 * @param fromMs  start of the time window in epoch ms, or null when the evidence covers the whole run
 * @param toMs    end of the time window in epoch ms, or null
 * @param values  named measured values (name to number), in the units their names say ({@code _ms}, {@code _pct}, ...)
 */
public record Evidence(
        String id, String source, List<String> refs, Long fromMs, Long toMs, Map<String, Double> values) {

    public Evidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        refs = List.copyOf(refs);
        values = Map.copyOf(values);
    }

    public static Evidence wholeRun(String id, String source, List<String> refs, Map<String, Double> values) {
        return new Evidence(id, source, refs, null, null, values);
    }
}
