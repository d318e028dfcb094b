package dev.colophon.cli;

import dev.colophon.content.Slugs;
import dev.colophon.settings.SiteConfig;
import dev.colophon.settings.SiteConfigReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon new post "Title"}: a dated draft with front matter, its slug taken from the title. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a draft post or a page.")
final class NewCommand implements Callable<Integer> {
    enum Kind { post, page }

    @Parameters(index = "0", paramLabel = "KIND", description = "post or page")
    Kind kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The title, in quotes.")
    String title;

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder (default: . or ./content).")
    Path source;

    @Override
    public Integer call() throws IOException {
        Path site = SiteLocator.locate(source);
        SiteConfig config = new SiteConfigReader().read(site);
        Path content = site.resolve(config.contentPath());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String slug = Slugs.slugify(title);
        Path file = kind == Kind.post
                ? postFolder(content, config).resolve(now.toLocalDate() + "-" + slug + ".md")
                : content.resolve("pages").resolve(slug + ".md");
        if (Files.exists(file)) {
            throw new UserError(file + " already exists; pick another title");
        }
        Files.createDirectories(file.getParent());
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String frontMatter = kind == Kind.post
                ? "---\ntitle: " + quoted + "\ndate: " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now)
                        + "\ntags: []\ndraft: true\n---\n\nWrite here. Remove `draft: true` to publish.\n"
                : "---\ntitle: " + quoted + "\n---\n\nWrite here.\n";
        Files.writeString(file, frontMatter, StandardCharsets.UTF_8);
        System.out.println("Created " + file + (kind == Kind.post ? " (a draft: build with --drafts to see it)" : ""));
        return 0;
    }

    /** The first post section the site already has (a Jekyll site's _posts, say), else the first one listed. */
    private static Path postFolder(Path content, SiteConfig config) {
        return config.postSections().stream().map(content::resolve).filter(Files::isDirectory).findFirst()
                .orElse(content.resolve(config.postSections().get(0)));
    }
}
