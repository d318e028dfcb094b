package dev.colophon.comments.internal.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.colophon.comments.config.LogFormat;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches the server's log lines to JSON (Logback's own {@code JsonEncoder}: one object per line with
 * timestamp, level, logger, message, MDC and throwable) for log collectors; text stays as logback.xml has it.
 */
public final class Logs {
    private Logs() {
    }

    public static void use(LogFormat format) {
        if (format == LogFormat.JSON) {
            encodeAsJson(null);
        }
    }

    /** Replaces the encoder of the root logger's appenders; with {@code out}, they write there instead (tests). */
    static void encodeAsJson(OutputStream out) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding: it keeps its own format
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        List<OutputStreamAppender<ILoggingEvent>> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof OutputStreamAppender<ILoggingEvent> stream) {
                appenders.add(stream);
            }
        });
        for (OutputStreamAppender<ILoggingEvent> appender : appenders) {
            appender.stop();
            if (out != null) { // a ConsoleAppender would go back to its console when started
                root.detachAppender(appender);
                appender = new OutputStreamAppender<>();
                appender.setContext(context);
                appender.setOutputStream(out);
                root.addAppender(appender);
            }
            appender.setEncoder(json(context));
            appender.start();
        }
    }

    /** Timestamp, level, thread, logger, the message as formatted, MDC and throwable; not the context or the raw pattern. */
    private static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonEncoder json = new JsonEncoder();
        json.setContext(context);
        json.setWithContext(false);
        json.setWithSequenceNumber(false);
        json.setWithNanoseconds(false);
        json.setWithMessage(false);
        json.setWithArguments(false);
        json.setWithFormattedMessage(true);
        json.start();
        return json;
    }
}
