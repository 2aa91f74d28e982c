package dev.stressgate.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Chart.js (MIT, licence header kept) read from its WebJar on the classpath, ready to be inlined into a
 * {@code <script>} element so report.html works offline. The source-map comment is removed (the map is not
 * shipped), and the text is checked to contain no {@code </script}, which would end the element early.
 */
public final class ChartJsLibrary {
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    private static final Pattern SOURCE_MAP_COMMENT = Pattern.compile("\\n//# sourceMappingURL=\\S+\\s*$");

    private static volatile ChartJsLibrary bundled;

    private final String version;
    private final String source;

    private ChartJsLibrary(String version, String source) {
        this.version = version;
        this.source = source;
    }

    /**
     * The UMD build of the Chart.js WebJar on the classpath. The WebJar cannot change while the JVM runs, so it is
     * read once (the report and the index both inline it); two first calls at once may both read it, harmlessly.
     */
    public static ChartJsLibrary fromClasspath() {
        ChartJsLibrary loaded = bundled;
        if (loaded == null) {
            loaded = load();
            bundled = loaded;
        }
        return loaded;
    }

    private static ChartJsLibrary load() {
        Properties webjar = new Properties();
        try (InputStream in = resource(WEBJAR_PROPERTIES)) {
            webjar.load(in);
        } catch (IOException e) {
            throw new RenderingException("cannot read " + WEBJAR_PROPERTIES + ": " + e.getMessage(), e);
        }
        String version = webjar.getProperty("version");
        if (version == null) {
            throw new RenderingException(WEBJAR_PROPERTIES + " has no 'version' property");
        }
        String path = "/META-INF/resources/webjars/chart.js/" + version + "/dist/chart.umd.js";
        String text;
        try (InputStream in = resource(path)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderingException("cannot read " + path + ": " + e.getMessage(), e);
        }
        String inlineable = SOURCE_MAP_COMMENT.matcher(text).replaceFirst("\n");
        if (inlineable.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new RenderingException(path + " contains '</script' and cannot be inlined into a <script> element");
        }
        return new ChartJsLibrary(version, inlineable);
    }

    private static InputStream resource(String path) {
        InputStream in = ChartJsLibrary.class.getResourceAsStream(path);
        if (in == null) {
            throw new RenderingException(
                    path
                            + " is not on the classpath (dependency org.webjars.npm:chart.js missing from the runtime classpath)");
        }
        return in;
    }

    public String version() {
        return version;
    }

    /** The library's JavaScript, safe to place verbatim inside a script element. */
    public String source() {
        return source;
    }
}
