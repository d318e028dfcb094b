package dev.colophon.comments;

import dev.colophon.comments.internal.activitypub.Federation;
import dev.colophon.comments.internal.activitypub.http.FederationApi;
import dev.colophon.comments.internal.activitypub.http.FediverseAdminApi;
import dev.colophon.comments.internal.activitypub.protocol.JettyRemoteHttp;
import dev.colophon.comments.internal.fetch.GuardedAddressResolver;
import dev.colophon.comments.internal.api.AdminApi;
import dev.colophon.comments.internal.api.Clients;
import dev.colophon.comments.internal.api.CommentApi;
import dev.colophon.comments.internal.api.CorsPolicy;
import dev.colophon.comments.internal.api.SearchApi;
import dev.colophon.comments.internal.search.CommentSearch;
import dev.colophon.comments.internal.api.ErrorResponses;
import dev.colophon.comments.internal.api.Health;
import dev.colophon.comments.internal.api.Json;
import dev.colophon.comments.internal.api.Route;
import dev.colophon.comments.internal.api.RouteTable;
import dev.colophon.comments.internal.api.SecurityHeaders;
import dev.colophon.comments.internal.api.ShareApi;
import dev.colophon.comments.internal.api.StatsApi;
import dev.colophon.comments.internal.api.jetty.HttpLimits;
import dev.colophon.comments.internal.api.WebmentionApi;
import dev.colophon.comments.internal.fetch.AddressPolicy;
import dev.colophon.comments.internal.fetch.FetchGuard;
import dev.colophon.comments.internal.fetch.Fetcher;
import dev.colophon.comments.internal.fetch.HostResolver;
import dev.colophon.comments.internal.share.ShareService;
import dev.colophon.comments.internal.webmention.WebmentionService;
import dev.colophon.comments.internal.webmention.verification.WebmentionWorker;
import dev.colophon.comments.internal.webmention.verification.MentionApplier;
import dev.colophon.comments.internal.webmention.verification.SourceVerifier;
import dev.colophon.comments.internal.dashboard.Dashboard;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.comments.internal.embed.EmbedAssets;
import dev.colophon.comments.internal.feed.CommentFeed;
import dev.colophon.comments.internal.limits.AddressKeys;
import dev.colophon.comments.internal.limits.VisitorIds;
import dev.colophon.comments.internal.metrics.ServerMetrics;
import dev.colophon.comments.internal.api.AdminAuth;
import dev.colophon.comments.internal.moderation.ModerationService;
import dev.colophon.comments.internal.api.EmailLinksApi;
import dev.colophon.comments.internal.notify.HeldDigest;
import dev.colophon.comments.internal.notify.Mailer;
import dev.colophon.comments.internal.notify.Notifier;
import dev.colophon.comments.internal.notify.ReplyEmails;
import dev.colophon.comments.internal.spam.Prior;
import dev.colophon.comments.internal.spam.ProofOfWork;
import dev.colophon.comments.internal.spam.Screening;
import dev.colophon.comments.internal.spam.SpamFilter;
import dev.colophon.comments.internal.spam.Teacher;
import dev.colophon.comments.internal.spam.Model;
import dev.colophon.comments.internal.stats.SitePages;
import dev.colophon.comments.internal.stats.StatsService;
import dev.colophon.comments.internal.stats.ViewRecorder;
import dev.colophon.comments.internal.store.Database;
import dev.colophon.comments.internal.thread.CommentService;
import dev.colophon.comments.internal.thread.ThreadService;
import io.javalin.Javalin;
import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The comment server as a Javalin plugin, assembled in one place: storage, services and the route table.
 * {@link CommentServer} mounts it into a Javalin of its own; the preview mounts it into the preview's,
 * beside the site. Register it before the app's own routes: its table is registered when it is mounted,
 * so that the API is tried before a catch-all of the app.
 */
public final class CommentServerPlugin extends Plugin<Void> implements AutoCloseable {
    private static final long STOP_TIMEOUT_MS = 10_000;
    /** How long a stop waits on a kept-alive connection that carries no request (Jetty waits a second). */
    private static final long STOP_IDLE_CONNECTION_MS = 50;
    private static final String USER_AGENT = "Colophon (webmention verification)";

    private final ServerConfig config;
    private final Database db;
    private final ViewRecorder views;
    private final Mailer mailer;
    private final Fetcher fetcher;
    private final WebmentionWorker webmentions;
    private final Federation federation;
    private final JettyRemoteHttp remote;
    private final HeldDigest digest;
    private final ServerMetrics metrics;
    private final List<RouteTable> tables;
    private final AtomicReference<String> listening;
    private final AtomicReference<org.eclipse.jetty.server.Server> jetty = new AtomicReference<>();
    private volatile List<Route> routes = List.of();

    private CommentServerPlugin(ServerConfig config, Database db, ViewRecorder views, Mailer mailer, Fetcher fetcher,
                                WebmentionWorker webmentions, Federation federation, JettyRemoteHttp remote,
                                HeldDigest digest, ServerMetrics metrics, List<RouteTable> tables,
                                AtomicReference<String> listening) {
        this.config = config;
        this.db = db;
        this.views = views;
        this.mailer = mailer;
        this.fetcher = fetcher;
        this.webmentions = webmentions;
        this.federation = federation;
        this.remote = remote;
        this.digest = digest;
        this.metrics = metrics;
        this.tables = tables;
        this.listening = listening;
    }

    /** Opens the storage and builds every service; nothing listens until the plugin is mounted and its app started. */
    public static CommentServerPlugin open(ServerConfig config, Clock clock) {
        return open(config, clock, true);
    }

    /** {@code background}: whether queued deliveries are sent by a worker (tests may send them by hand). */
    static CommentServerPlugin open(ServerConfig config, Clock clock, boolean background) {
        Database db = Database.open(config.database());
        ViewRecorder views = new ViewRecorder(db, config.stats().flushInterval());
        Mailer mailer = null;
        Fetcher fetcher = new Fetcher(new FetchGuard(new AddressPolicy(config.fetchAllowHosts()), HostResolver.system()),
                Fetcher.Limits.defaults(), USER_AGENT);
        WebmentionWorker worker = null;
        Federation federation = null;
        JettyRemoteHttp remote = null;
        try {
            VisitorIds ids = new VisitorIds(db, clock,
                    new AddressKeys(AddressKeys.file(config.addressKeyFile(), config.database()), clock));
            mailer = config.mail().enabled() ? new Mailer(db, config.mail(), clock) : null;
            Notifier notifier = new Notifier(config.mail(), config.origins().get(0), ids, mailer, clock);
            ThreadService threads = new ThreadService(db, config.limits().displayDepth(), notifier.enabled(), Json::bytes);
            Model model = new Model();
            SpamFilter filter = new SpamFilter(db, ids, model, config.spam());
            Teacher teacher = new Teacher(db, model, filter, clock);
            Prior.teachOnce(db, teacher);
            ProofOfWork proofOfWork = config.spam().proofOfWork() ? new ProofOfWork(ids, clock, config.spam().proofOfWorkMax()) : null;
            CommentService comments = new CommentService(db, threads, config.editWindow(), config.limits(), clock, notifier,
                    new Screening(filter, config.spam(), config.moderation()), proofOfWork);
            ModerationService moderation = new ModerationService(db, threads, clock, notifier, teacher);
            EmailLinksApi emailLinks = new EmailLinksApi(notifier, moderation, new ReplyEmails(db, clock));
            Clients clients = new Clients(ids, config.trustProxy(),
                    String.valueOf(config.mail().publicUrl()).startsWith("https://"));
            StatsApi stats = new StatsApi(new StatsService(db, views, clock), views, ids, clients, config.stats(),
                    new SitePages(config.stats().countedPages(), Set.copyOf(config.origins()), fetcher, clock));
            AdminAuth auth = new AdminAuth(db, config.adminToken(), config.adminPasswordHash(), clock);
            CommentApi api = new CommentApi(threads, comments, moderation, new CommentFeed(config.origins().get(0)),
                    clients, config.limits(), proofOfWork, auth);
            AdminApi admin = new AdminApi(auth, moderation, clients);
            SearchApi search = new SearchApi(new CommentSearch(db, config.spam().language()));
            ServerMetrics metrics = new ServerMetrics(db, clock);
            CorsPolicy cors = new CorsPolicy(Set.copyOf(config.origins()));
            SourceVerifier verifier = new SourceVerifier(fetcher);
            worker = new WebmentionWorker(db, verifier, new MentionApplier(db, comments, threads, ids, verifier, clock,
                    config.limits().maxBodyChars()), clock, true);
            WebmentionApi webmention = new WebmentionApi(new WebmentionService(db, config.origins(), clock, worker::wake),
                    clients, config.limits().votesPerMinute(), config.mail().publicUrl());
            ShareApi shares = new ShareApi(new ShareService(db, threads, clock), clients, config.limits());
            AtomicReference<String> listening = new AtomicReference<>();
            String fediverseUrl = config.fediverse().url() != null ? config.fediverse().url() : config.mail().publicUrl();
            // the same SSRF guard as webmention fetches: every connection to an actor, key or inbox passes it
            remote = new JettyRemoteHttp(new GuardedAddressResolver(new FetchGuard(new AddressPolicy(config.fetchAllowHosts()),
                    HostResolver.system())), "Colophon (ActivityPub)");
            federation = new Federation(db, config.fediverse(), () -> fediverseUrl != null ? fediverseUrl : listening.get(),
                    config.origins().get(0), remote, comments, threads, ids, clock, background);
            FederationApi fediverse = new FederationApi(federation, config.fediverse().inboxPerMinute());
            FediverseAdminApi fediverseAdmin = new FediverseAdminApi(federation);

            // the whole API, in the order it is tried (docs/api.md lists it as "Every route")
            List<RouteTable> tables = List.of(
                    SecurityHeaders.routes(),
                    metrics.routes(auth),
                    cors.routes(),
                    Health.routes(db),
                    api.routes(),
                    webmention.routes(),
                    shares.routes(),
                    admin.routes(),
                    search.routes(),
                    stats.routes(),
                    emailLinks.routes(),
                    fediverse.routes(),
                    fediverseAdmin.routes(),
                    Dashboard.routes(config.origins().get(0), config.spam().language()),
                    EmbedAssets.bundled().routes());
            return new CommentServerPlugin(config, db, views, mailer, fetcher, worker, federation, remote,
                    mailer == null ? null : new HeldDigest(db, config.mail(), notifier, clock), metrics, tables, listening);
        } catch (RuntimeException e) {
            if (federation != null) {
                federation.close();
            }
            if (remote != null) {
                remote.close();
            }
            if (mailer != null) {
                mailer.close();
            }
            if (worker != null) {
                worker.close();
            }
            fetcher.close();
            views.close();
            db.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return "colophon-comments";
    }

    /** Mounts the server into the app being configured: its limits, JSON, route table and error mapping. */
    @Override
    public void onInitialize(JavalinState state) {
        HttpLimits.apply(state.http, state.jetty, config.limits().maxRequestBytes());
        state.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        state.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT_MS);
            jetty.set(server);
        });
        state.events.serverStarted(() -> listening.set(origin(config.host(), port())));
        state.events.serverStopped(metrics::close);
        routes = RouteTable.register(state.routes, tables);
        ErrorResponses.register(state.routes);
    }

    private static String origin(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The port the app it is mounted in listens on (its first connector's), once started. */
    public int port() {
        org.eclipse.jetty.server.Server server = jetty.get();
        return server == null ? -1 : ((org.eclipse.jetty.server.ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Every route the server answers and runs around requests, in the order it tries them. */
    List<Route> routes() {
        return routes;
    }

    Database database() {
        return db;
    }

    /** Stops the app it is mounted in (requests in flight finish), then closes the server. */
    public void stop(Javalin app) {
        try {
            for (var connector : app.jettyServer().server().getConnectors()) {
                if (connector instanceof org.eclipse.jetty.server.AbstractConnector open) {
                    open.setShutdownIdleTimeout(STOP_IDLE_CONNECTION_MS);
                }
            }
            app.stop();
        } catch (io.javalin.util.JavalinException e) {
            // Requests still unfinished after the stop timeout are clients that stopped sending (their
            // bodies never came): nothing of theirs was accepted, so the stop goes on without them.
            org.slf4j.LoggerFactory.getLogger(CommentServer.class)
                    .warn("Stopped with requests unfinished after {} ms (clients that stopped sending)", STOP_TIMEOUT_MS);
        } finally {
            close();
        }
    }

    /** Closes what the server opened; call after its app stopped (or use {@link #stop}). */
    @Override
    public void close() {
        if (digest != null) {
            digest.close();
        }
        if (mailer != null) {
            mailer.close(); // what is not sent stays in the outbox for the next start
        }
        webmentions.close(); // what is not verified stays queued for the next start
        fetcher.close();
        federation.close(); // undelivered activities stay queued for the next start
        remote.close();
        views.close(); // writes the views still in memory
        db.close();
    }

    /** Sends the emails due now rather than on the mailer's next round; 0 without mail. */
    int sendMail() {
        return mailer == null ? 0 : mailer.sendDue();
    }

    /** Queues yesterday's digest of held comments now rather than within the hour; false without mail or when queued already. */
    boolean queueDigest() {
        return digest != null && digest.queueYesterday();
    }

    /** Verifies the webmentions due now rather than on the worker's next round; returns how many were finished. */
    int verifyWebmentions() {
        return webmentions.verifyDue();
    }

    /** The blog's fediverse side. */
    Federation federation() {
        return federation;
    }

    /** Writes the views counted in memory now rather than at the next interval. */
    void flushViews() {
        views.flush();
    }
}
