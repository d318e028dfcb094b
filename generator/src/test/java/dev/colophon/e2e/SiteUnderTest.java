package dev.colophon.e2e;

import dev.colophon.build.BuildOptions;
import dev.colophon.build.SiteBuilder;
import dev.colophon.comments.AdminPassword;
import dev.colophon.comments.CommentServer;
import dev.colophon.comments.Embed;
import dev.colophon.comments.config.Limits;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.config.ServerConfig;
import dev.colophon.publish.Progress;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample site in {@code content/}, built with comments on, served by a static server, beside a
 * real comment server on another origin: what a reader meets in production, on loopback.
 */
public final class SiteUnderTest implements AutoCloseable {
    public static final String ADMIN_TOKEN = "e2e-admin-token-0123456789";
    public static final String ADMIN_PASSWORD = "e2e dashboard password";
    private static final String PASSWORD_HASH = AdminPassword.hash(ADMIN_PASSWORD);

    final Javalin site;
    final CommentServer comments;
    /** The comment server's SQLite file. */
    final Path database;
    final String siteUrl;
    final String commentsUrl;

    public SiteUnderTest(Path tmp, Moderation moderation) {
        this(tmp, moderation, dev.colophon.comments.config.MailConfig.none());
    }

    public SiteUnderTest(Path tmp, Moderation moderation, dev.colophon.comments.config.MailConfig mail) {
        this(tmp, moderation, mail, List.of());
    }

    /** A site whose comment server may also fetch from {@code fetchAllowHosts} (loopback webmention sources). */
    public SiteUnderTest(Path tmp, Moderation moderation, dev.colophon.comments.config.MailConfig mail,
                         List<String> fetchAllowHosts) {
        Path output = tmp.resolve("public");
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.site = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add(output.toString(), Location.EXTERNAL);
        }).start("127.0.0.1", 0);
        this.siteUrl = "http://127.0.0.1:" + site.port();
        this.database = tmp.resolve("comments.db");
        ServerConfig config = ServerConfig.builder().listen("127.0.0.1", 0).database(database.toString())
                .origins(List.of(siteUrl)).admin(ADMIN_TOKEN, PASSWORD_HASH).moderation(moderation).limits(Limits.defaults().withoutRates()).mail(mail)
                // the comment server reads the site's sitemap (only its pages count as views)
                .fetchAllowHosts(java.util.stream.Stream.concat(fetchAllowHosts.stream(), Stream.of("127.0.0.1:" + site.port())).toList()).build();
        this.comments = CommentServer.start(config);
        this.commentsUrl = "http://127.0.0.1:" + comments.port();
        build(tmp, commentsUrl, output, siteUrl + "/");
    }

    /** Builds a copy of content/ pointing at a comment server URL into {@code output}. */
    static void build(Path tmp, String commentsUrl, Path output, String baseUrl) {
        Path source = tmp.resolve("site");
        copy(Path.of(System.getProperty("colophon.repo", "..")).resolve("content"), source);
        try {
            Path config = source.resolve("site.yml");
            Files.writeString(config, Files.readString(config).replace("comments_url: \"\"", "comments_url: " + commentsUrl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new SiteBuilder(Progress.silent()).build(new BuildOptions(source, output, false, false,
                baseUrl, Clock.systemUTC()).withEmbedScript(Embed.scriptPath()));
    }

    String url(String path) {
        return siteUrl + path;
    }

    /** Calls the admin API as a moderator would from the CLI. */
    String admin(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(commentsUrl + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The thread of a page as the API serves it. */
    String thread(String page) {
        return send(HttpRequest.newBuilder(URI.create(commentsUrl + "/api/v1/comments?page=" + page)).GET().build());
    }

    /** Posts as the site's owner (the admin token): published at once, with the "author" badge. */
    String postAsOwner(String json) {
        return send(HttpRequest.newBuilder(URI.create(commentsUrl + "/api/v1/comments"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts straight to the API, as any reader (or attacker) could. */
    String postRaw(String json) {
        return send(HttpRequest.newBuilder(URI.create(commentsUrl + "/api/v1/comments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh copy of the sample site in {@code content/}. */
    public static void copyContent(Path to) {
        copy(Path.of(System.getProperty("colophon.repo", "..")).resolve("content"), to);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path relative = from.relativize(path);
                if (relative.getNameCount() > 0 && (relative.getName(0).toString().equals("public")
                        || relative.getName(0).toString().startsWith("."))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        comments.close();
        site.stop();
    }
}
