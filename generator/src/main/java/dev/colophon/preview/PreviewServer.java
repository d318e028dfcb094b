package dev.colophon.preview;

import dev.colophon.build.BuildOptions;
import dev.colophon.build.BuildReport;
import dev.colophon.build.RenderCache;
import dev.colophon.build.SiteSession;
import dev.colophon.settings.SiteConfigReader;
import dev.colophon.webmention.SendOnBuild;
import dev.colophon.comments.CommentServerPlugin;
import dev.colophon.comments.Embed;
import dev.colophon.comments.SiteBeside;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.comments.config.SpamConfig;
import dev.colophon.config.ConfigException;
import dev.colophon.content.BuildException;
import dev.colophon.config.Problem;
import dev.colophon.output.OutputFile;
import dev.colophon.publish.Progress;
import dev.colophon.resources.Bundled;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code colophon serve}: the site built in memory (drafts and future posts included), served beside
 * the comment server on one origin, rebuilt incrementally as files change, with open tabs reloaded
 * and build errors shown over the page while the last good site stays served.
 */
public final class PreviewServer implements AutoCloseable {
    private static final String LIVE_SCRIPT = "<script src=\"/_colophon/live.js\" defer></script>";
    private static final byte[] LIVE_JS = Bundled.bytes("/preview/live.js");

    private final Path root;
    private final PrintStream out;
    private final LiveSite live;
    private final ReloadHub hub = new ReloadHub();
    private final Set<Path> retry = new HashSet<>();
    private final CommentServerPlugin comments;
    private final Javalin app;
    private final SiteSession session;
    private final SiteWatcher watcher;
    private final String url;
    private final SendOnBuild webmentions;
    private final LaterIndex laterIndex;
    /** The plans that follow edits, one at a time on a thread of their own (see {@link #rebuild}). */
    private final Settler settler = new Settler(this::settle);
    /** Edits are numbered, so that a plan knows which edits it covers. */
    private final AtomicLong edits = new AtomicLong();
    /** Whether the last plan failed: its overlay shows until a plan succeeds, so pages wait for that plan. */
    private volatile boolean failing;

    /**
     * The site's language as the comment server takes it (its primary subtag: "de" for "de-CH"), so that the
     * dashboard's dates and comment search follow the site; English while site.yml cannot be read (the build
     * reports why).
     */
    static String siteLanguage(Path root) {
        try {
            String tag = new SiteConfigReader().read(root).language();
            String primary = tag == null ? "" : tag.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
            return primary.matches("[a-z]{2,3}") ? primary : "en";
        } catch (RuntimeException e) {
            return "en";
        }
    }

    private static SpamConfig inLanguage(SpamConfig spam, String language) {
        return new SpamConfig(spam.spamAbove(), spam.publishBelow(), language, spam.proofOfWork(), spam.proofOfWorkMax());
    }

    private PreviewServer(Path source, String host, int port, Clock clock, PrintStream out, boolean sendWebmentions) {
        this.root = source.toAbsolutePath().normalize();
        this.out = out;
        Path data = root.resolve(".colophon");
        this.live = new LiveSite(data.resolve("preview"), PreviewServer::withLiveScript);
        AdminSecret secret = AdminSecret.ensure(data);
        Loopback loopback = Loopback.on(port);
        ServerConfig config = ServerConfig.builder().listen(host, loopback.port())
                .database(data.resolve("comments.db").toString()).origins(loopback.origins()).admin(null, secret.hash())
                .moderation(Moderation.POST).fetchAllowHosts(loopback.hosts())
                .spam(inLanguage(SpamConfig.defaults(), siteLanguage(root))).build();
        this.comments = CommentServerPlugin.open(config, clock);
        try {
            this.app = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.registerPlugin(comments); // first, so that the API is tried before the site's catch-all
                loopback.addConnectors(cfg);
                routes(cfg);
            }).start(host, loopback.port());
        } catch (RuntimeException e) {
            comments.close();
            throw e;
        }
        this.url = "http://localhost:" + app.port();
        BuildOptions options = new BuildOptions(root, data.resolve("preview-output-unused"), true, true, url + "/", clock,
                null, url, Embed.scriptPath());
        long started = System.nanoTime();
        this.session = SiteSession.open(options, RenderCache.scratch(), Progress.silent());
        this.webmentions = sendWebmentions
                ? new SendOnBuild(data, new SiteConfigReader().read(root).root(), out) : null;
        SiteSession.Plan first = session.plan();
        int rendered = live.apply(first.files(), 0).size();
        this.laterIndex = new LaterIndex(live, out);
        if (webmentions != null) {
            webmentions.built(first.site(), first.inputs());
        }
        out.printf("Built %s in %d ms (drafts and future posts included)%n", BuildReport.count(rendered, "file"),
                (System.nanoTime() - started) / 1_000_000);
        out.printf("  Site:       %s/%n", url);
        out.printf("  Dashboard:  %s/admin/ (comments and views; log in with the admin password)%n", url);
        secret.announce(out);
        this.watcher = new SiteWatcher(root, Set.of(data, root.resolve("public")), this::rebuild);
    }

    public static PreviewServer start(Path source, int port, Clock clock, PrintStream out) {
        return start(source, port, clock, out, false);
    }

    /** @param sendWebmentions after each build, send the webmentions the published posts owe (off by default) */
    public static PreviewServer start(Path source, int port, Clock clock, PrintStream out, boolean sendWebmentions) {
        return new PreviewServer(source, Loopback.IPV4, port, clock, out, sendWebmentions);
    }

    public String url() {
        return url;
    }

    private void routes(JavalinConfig cfg) {
        cfg.routes.sse("/_colophon/events", hub::join);
        cfg.routes.get("/_colophon/live.js", ctx -> ctx.contentType("text/javascript").header("Cache-Control", "no-cache").result(LIVE_JS));
        cfg.routes.get("/*", this::serve);
    }

    private void serve(Context ctx) {
        String path = decoded(ctx.path()).substring(1);
        if (SiteBeside.isApiPath("/" + path)) {
            SiteBeside.apiNotFound(ctx);
        }
        LiveSite.Served file = live.get(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        if (file == null && live.get(path + "/index.html") != null) {
            ctx.redirect(ctx.path() + "/");
            return;
        }
        int status = 200;
        if (file == null) {
            file = live.get("404.html");
            status = 404;
            SiteBeside.ownNotFoundPage(ctx);
        }
        ctx.status(status).header("Cache-Control", "no-store");
        if (file == null) {
            ctx.result("Not found");
        } else if (!file.rendered()) {
            serveFromDisk(ctx, file.file(), file.mediaType());
        } else {
            try {
                ctx.contentType(file.mediaType()).result(Files.readAllBytes(file.file()));
            } catch (IOException e) {
                ctx.status(404).result("Not found"); // gone with a plan applied since it was looked up
            }
        }
    }

    /**
     * Streams a file published as it is; one deleted since the last rebuild is simply not found, and so is
     * one turned into a link to outside the site since then (the build refuses those; this is the same rule).
     * No Content-Length: Javalin compresses the body for browsers that ask for gzip, and a length taken
     * from the file would then promise more bytes than are sent.
     */
    private void serveFromDisk(Context ctx, Path source, String mediaType) {
        try {
            if (Files.isSymbolicLink(source) && !source.toRealPath().startsWith(root.toRealPath())) {
                ctx.status(404).result("Not found");
                return;
            }
            ctx.contentType(mediaType).result(Files.newInputStream(source));
        } catch (IOException e) {
            ctx.status(404).result("Not found");
        }
    }

    /** The request path with %-escapes decoded, as files are named on disk; a malformed one matches no file. */
    private static String decoded(String rawPath) {
        try {
            return java.net.URI.create("http://preview" + rawPath).getPath();
        } catch (IllegalArgumentException e) {
            return "/\u0000";
        }
    }

    /** The reload script goes into served pages only; the rendered site itself never contains it. */
    private static byte[] withLiveScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        return (end < 0 ? page + LIVE_SCRIPT : page.substring(0, end) + LIVE_SCRIPT + page.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Called with each batch of changed files. On a big site the edited pages are rendered and served at
     * once (milliseconds), and the plan of the whole site, which takes seconds at 100,000 posts, follows on
     * its own thread: lists, feeds and search catch up while the writer reads the page.
     */
    private void rebuild(Set<Path> changed) {
        long edit = edits.incrementAndGet();
        try {
            if (!failing) {
                servePagesFirst(changed, edit);
            }
        } catch (RuntimeException e) {
            // a template that fails on the edited page: the plan below fails the same way and reports it
        } finally {
            settler.submit(changed, edit);
        }
    }

    private void servePagesFirst(Set<Path> changed, long edit) {
        long started = System.nanoTime();
        List<OutputFile> pages = session.pagesFirst(changed);
        if (!pages.isEmpty()) {
            live.serveFirst(pages, edit);
            hub.reload(pages.stream().map(OutputFile::path).toList());
            out.printf("Served %s in %d ms (%s); the lists follow%n", BuildReport.count(pages.size(), "edited page"),
                    (System.nanoTime() - started) / 1_000_000, describe(changed));
        }
    }

    /** Plans the whole site again after the edits up to number {@code covered}, and serves what changed. */
    private void settle(Set<Path> changed, long covered) {
        long started = System.nanoTime();
        Set<Path> batch = new HashSet<>(changed);
        batch.addAll(retry); // files that failed last time must be read again, even if unchanged since
        try {
            session.reload(batch);
            long loaded = System.nanoTime();
            var plan = session.plan();
            long planned = System.nanoTime();
            List<String> rendered = live.apply(plan.files(), covered);
            laterIndex.applied(plan, covered);
            if (webmentions != null) {
                webmentions.built(plan.site(), plan.inputs());
            }
            retry.clear();
            if (failing) {
                failing = false;
                hub.reload(); // every tab shows the overlay: all of them reload
            } else {
                hub.reload(rendered);
            }
            long done = System.nanoTime();
            out.printf("Rebuilt %s in %d ms (%s; read %d ms, plan %d ms, render %d ms)%n", BuildReport.count(rendered.size(), "file"),
                    (done - started) / 1_000_000, describe(changed), (loaded - started) / 1_000_000,
                    (planned - loaded) / 1_000_000, (done - planned) / 1_000_000);
        } catch (BuildException e) {
            failed(batch, e.problems());
        } catch (ConfigException e) {
            failed(batch, e.messages().stream().map(Problem::unlocated).toList()); // the overlay shows settings problems whole
        } catch (RuntimeException e) {
            failed(batch, List.of(Problem.unlocated(String.valueOf(e.getMessage()))));
        }
    }

    private void failed(Set<Path> batch, List<Problem> problems) {
        retry.addAll(batch);
        failing = true;
        report(problems);
    }

    private void report(List<Problem> problems) {
        problems.forEach(p -> out.println("error: " + p));
        out.println("Build failed; still serving the last good version.");
        hub.error(problems);
    }

    private String describe(Set<Path> changed) {
        return changed.size() == 1 ? root.relativize(changed.iterator().next()).toString() : changed.size() + " files changed";
    }
    @Override
    public void close() {
        if (webmentions != null) {
            webmentions.close();
        }
        watcher.close();
        settler.close();
        laterIndex.close();
        hub.close();
        comments.stop(app);
        live.close();
    }

}
