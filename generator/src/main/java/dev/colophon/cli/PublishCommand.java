package dev.colophon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code colophon publish}: tells the comment server which posts the built site has, by sending its
 * {@code feed.json}; new posts go to the blog's fediverse followers (docs/activitypub.md).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Announce the built site's posts to the comment server, which sends new ones to fediverse followers.")
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--feed", paramLabel = "FILE", description = "The built JSON Feed (default: SOURCE/public/feed.json).")
    Path feed;

    @Mixin
    AdminClient admin;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path file = feed != null ? feed : SiteLocator.locate(admin.source).resolve("public").resolve("feed.json");
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " not found: build the site first (colophon build), or pass --feed FILE");
        }
        JsonNode result = admin.send("POST", "/api/v1/admin/fediverse/posts", Files.readAllBytes(file));
        System.out.printf("Published %d posts to %s: %d new, %d updated, %d deliveries queued%n", result.get("posts").asInt(),
                admin.base(), result.get("created").asInt(), result.get("updated").asInt(), result.get("deliveries").asLong());
        return 0;
    }
}
