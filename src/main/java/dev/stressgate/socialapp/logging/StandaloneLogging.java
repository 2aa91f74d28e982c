package dev.stressgate.socialapp.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * Configures the JVM-wide Logback context when the app runs as its own process: library logs (Jetty,
 * HikariCP) at WARN and above, as JSON lines on stdout. Not used when the app is embedded.
 */
public final class StandaloneLogging {

    private StandaloneLogging() {}

    public static void configure() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.setTimestampPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        encoder.setTimeZone("UTC");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("stdout");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        // Javalin's own lifecycle lines duplicate what the app prints (e.g. a busy port) as a second line.
        context.getLogger("io.javalin.Javalin").setLevel(Level.OFF);
    }
}
