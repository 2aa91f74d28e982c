package dev.stressgate.report.cli;

import dev.stressgate.config.Environment;
import dev.stressgate.config.Setting;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Option;

/**
 * Gives each option declared with picocli's {@code defaultValue = "${env:NAME:-fallback}"} its default from the
 * {@link Environment} the command line was started with, instead of picocli resolving it against
 * {@code System.getenv()}: the same result for the real process (whose {@code main} passes its own environment), and
 * tests can hand the CLI any environment. As in the project's one lookup, a blank variable counts as unset and a
 * system property of the variable's name in lower case with dots ({@code prom.url}) wins. Without a fallback an
 * unset variable leaves the option null. Options without such an expression keep picocli's own defaults.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?}");

    private final Environment environment;

    EnvironmentDefaults(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        Optional<Matcher> expression = expression(argSpec);
        if (expression.isEmpty()) {
            return null;
        }
        String fallback = expression.get().group(2);
        return environment
                .value(Setting.variable(expression.get().group(1)))
                .orElse(fallback == null ? Option.NULL_VALUE : fallback);
    }

    /** The environment variable an option defaults to, if it is declared with one. */
    static Optional<String> variable(ArgSpec argSpec) {
        return expression(argSpec).map(matcher -> matcher.group(1));
    }

    private static Optional<Matcher> expression(ArgSpec argSpec) {
        if (!(argSpec.userObject() instanceof AnnotatedElement element)) {
            return Optional.empty();
        }
        Option option = element.getAnnotation(Option.class);
        if (option == null) {
            return Optional.empty();
        }
        Matcher matcher = EXPRESSION.matcher(option.defaultValue());
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
