package dev.stressgate.report.render.view;

import java.util.List;

/** The run index: every run newest first, and the trend of each profile. */
public record IndexView(String artifactDirName, List<IndexRunRow> runs, List<ProfileTrend> trends) {
    public IndexView {
        runs = List.copyOf(runs);
        trends = List.copyOf(trends);
    }
}
