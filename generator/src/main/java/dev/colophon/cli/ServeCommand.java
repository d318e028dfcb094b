package dev.colophon.cli;

import dev.colophon.comments.CommentServer;
import dev.colophon.preview.PreviewServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon serve}: the whole product locally, rebuilt as files change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the site with live reload and working comments.", "",
                "Builds in memory (drafts and future posts included) and serves on localhost",
                "beside the comment server; rebuilds what a change affects and reloads open tabs.",
                "Comments and stats live in SOURCE/.colophon/."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "DIR", description = "Site folder with site.yml (default: . or ./content).")
    Path source;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--send-webmentions", description = "After each build, send webmentions for the links of published posts"
            + " (under base_url from site.yml); off by default.")
    boolean sendWebmentions;

    @Override
    public Integer call() throws InterruptedException {
        Path site = SiteLocator.locate(source);
        CommentServer.requireFreePort("127.0.0.1", port);
        PreviewServer server = PreviewServer.start(site, port, Clock.systemUTC(), System.out, sendWebmentions);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "colophon-preview-shutdown"));
        System.out.println("Watching " + site.toAbsolutePath().normalize() + " for changes; Ctrl-C stops.");
        stopped.await();
        return 0;
    }
}
