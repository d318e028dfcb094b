package dev.colophon.webmention;

import dev.colophon.site.Site;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code colophon serve --send-webmentions}: after each build of the preview, records the posts' links
 * under the site's configured base URL and sends what they owe, in the background, one run at a time.
 */
public final class SendOnBuild implements AutoCloseable {
    private final Path cacheDir;
    private final String publicRoot;
    private final PrintStream out;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "colophon-webmention-send");
        t.setDaemon(true);
        return t;
    });

    /** @param publicRoot the configured base URL without a trailing slash, where other sites can fetch the posts */
    public SendOnBuild(Path cacheDir, String publicRoot, PrintStream out) {
        this.cacheDir = cacheDir;
        this.publicRoot = publicRoot;
        this.out = out;
    }

    /** @param inputs the plan's fingerprint of what decides how a page renders ({@code Plan.inputs}) */
    public void built(Site site, long inputs) {
        OutgoingLinks.write(cacheDir, OutgoingLinks.ofSite(site, publicRoot, inputs, OutgoingLinks.read(cacheDir)));
        thread.execute(() -> {
            try {
                WebmentionSender.Report report = new WebmentionSender(EndpointDiscovery.client(), out).send(cacheDir, false);
                if (report.sent() + report.failed() > 0) {
                    out.println(report.summary(false));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                out.println("webmentions not sent: " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
