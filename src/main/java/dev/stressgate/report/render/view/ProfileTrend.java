package dev.stressgate.report.render.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Per-profile trend over runs, oldest first; the lists are parallel to {@code runIds} (null = no value). */
public record ProfileTrend(
        String profile, List<String> runIds, List<Double> p95Ms, List<Double> errorPercent, List<Double> rps) {
    public ProfileTrend {
        runIds = List.copyOf(runIds);
        p95Ms = Collections.unmodifiableList(new ArrayList<>(p95Ms));
        errorPercent = Collections.unmodifiableList(new ArrayList<>(errorPercent));
        rps = Collections.unmodifiableList(new ArrayList<>(rps));
    }
}
