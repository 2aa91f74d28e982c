package dev.stressgate.report.sources.metrics;

import java.util.List;

/** Which catalog queries produced data and which did not (and why). */
public record SeriesCoverage(List<String> present, List<MissingSeries> missing) {

    public SeriesCoverage {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
    }
}
