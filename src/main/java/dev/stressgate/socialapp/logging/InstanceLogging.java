package dev.stressgate.socialapp.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.logstash.logback.encoder.LogstashEncoder;

/**
 * A Logback context owned by one app instance, configured in code: JSON lines (logstash encoder) to the
 * instance's log file and, optionally, stdout. It is independent of whatever logback configuration the
 * embedding JVM carries (tests, Gatling), so each instance writes exactly its own file.
 */
public final class InstanceLogging implements AutoCloseable {

    public static final String REQUEST_LOGGER = "dev.stressgate.socialapp.requests";
    public static final String EVENT_LOGGER = "dev.stressgate.socialapp.events";

    private final LoggerContext context = new LoggerContext();
    private final Path file;

    public InstanceLogging(Path file, boolean console, String instanceName) {
        this.file = file.toAbsolutePath();
        createParent(this.file);
        context.setName("socialapp-" + instanceName);
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(fileAppender());
        if (console) {
            root.addAppender(consoleAppender());
        }
    }

    public org.slf4j.Logger requests() {
        return context.getLogger(REQUEST_LOGGER);
    }

    public org.slf4j.Logger events() {
        return context.getLogger(EVENT_LOGGER);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        context.stop();
    }

    private FileAppender<ILoggingEvent> fileAppender() {
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setFile(file.toString());
        appender.setAppend(true);
        return started(appender, "file");
    }

    private ConsoleAppender<ILoggingEvent> consoleAppender() {
        return started(new ConsoleAppender<>(), "stdout");
    }

    private <A extends OutputStreamAppender<ILoggingEvent>> A started(A appender, String name) {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.setTimestampPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
        encoder.setTimeZone("UTC");
        encoder.start();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.setImmediateFlush(true);
        appender.start();
        return appender;
    }

    private static void createParent(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create log directory " + parent + ": " + e.getMessage(), e);
        }
    }
}
