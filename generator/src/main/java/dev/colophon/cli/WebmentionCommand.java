package dev.colophon.cli;

import dev.colophon.webmention.EndpointDiscovery;
import dev.colophon.webmention.OutgoingLinks;
import dev.colophon.webmention.WebmentionSender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon webmention send}: tells the pages your posts link to, as the last build recorded them. */
@Command(name = "webmention", mixinStandardHelpOptions = true, description = "Send Webmentions for the links of your posts.",
        subcommands = WebmentionCommand.Send.class)
final class WebmentionCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** {@code colophon webmention send [--dry-run]}. */
    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Send webmentions for new, changed and removed links since the last send (build first).")
    static final class Send implements Callable<Integer> {
        @Option(names = "--source", paramLabel = "DIR", description = "Site folder with site.yml (default: . or ./content).")
        Path source;

        @Option(names = "--dry-run", description = "Discover endpoints and show what would be sent; send and remember nothing.")
        boolean dryRun;

        @Override
        public Integer call() throws InterruptedException {
            Path cache = SiteLocator.locate(source).resolve(".colophon");
            if (!Files.isRegularFile(cache.resolve(OutgoingLinks.FILE))) {
                throw new UserError(cache.resolve(OutgoingLinks.FILE) + " not found: run 'colophon build' first (with its cache on)");
            }
            WebmentionSender.Report report = new WebmentionSender(EndpointDiscovery.client(), System.out).send(cache, dryRun);
            System.out.println(report.summary(dryRun));
            return report.failed() == 0 ? 0 : 1;
        }
    }
}
