package dev.stressgate.report.render.view;

import java.util.List;

/**
 * The per-injector section of a run shared by several injectors.
 *
 * @param headline names every injector that is missing or failed and says the figures lack its part; null when all
 *     delivered
 */
public record InjectorsView(String headline, List<InjectorRow> rows) {
    public InjectorsView {
        rows = List.copyOf(rows);
    }
}
