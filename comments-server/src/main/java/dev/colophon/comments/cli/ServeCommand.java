package dev.colophon.comments.cli;

import dev.colophon.comments.CommentServer;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.comments.internal.config.ServerConfigReader;
import dev.colophon.comments.internal.logging.Logs;
import dev.colophon.comments.internal.store.Database;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon comments serve}: runs the comment server until stopped (Ctrl-C or SIGTERM stop it gracefully). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the comment server.",
                "Settings come from --config FILE, then COLOPHON_* environment variables, then these flags."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML settings file (see comments.sample.yml).")
    Path config;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default 8081).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String host;

    @Option(names = "--db", paramLabel = "PATH_OR_JDBC_URL", description = "SQLite file or JDBC URL (default data/comments.db).")
    String database;

    @Option(names = "--moderation", paramLabel = "pre|post", description = "pre: approve before showing (default); post: show at once.")
    String moderation;

    @Option(names = "--origins", paramLabel = "URLS", description = "Comma-separated site origins allowed to use the API.")
    String origins;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> flags = new LinkedHashMap<>();
        putIfSet(flags, "port", port == null ? null : port.toString());
        putIfSet(flags, "host", host);
        putIfSet(flags, "database", database);
        putIfSet(flags, "moderation", moderation);
        putIfSet(flags, "origins", origins);
        ServerConfig settings = new ServerConfigReader().read(config, System.getenv(), flags);
        Logs.use(settings.logFormat());
        long started = System.nanoTime();
        CommentServer.requireFreePort(settings.host(), settings.port());
        CommentServer server = CommentServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "colophon-shutdown"));
        System.out.printf("Comment server on http://%s:%d (%s, %s moderation) started in %d ms%n", settings.host(),
                server.port(), Database.redacted(settings.database()), settings.moderation().name().toLowerCase(java.util.Locale.ROOT),
                (System.nanoTime() - started) / 1_000_000);
        System.out.printf("Dashboard: http://%s:%d/admin/%s%n", settings.host(), server.port(),
                settings.adminPasswordHash() == null ? " (no admin password set: see 'colophon comments hash-password')" : "");
        stopped.await();
        return 0;
    }

    private static void putIfSet(Map<String, String> flags, String key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
