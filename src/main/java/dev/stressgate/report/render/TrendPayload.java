package dev.stressgate.report.render;

import dev.stressgate.report.render.view.ProfileTrend;
import java.util.List;

/** The trend data embedded in index.html, one entry per profile in the order the page shows them. */
record TrendPayload(List<ProfileTrend> trends) {}
