package dev.colophon.comments.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.TestServer;
import dev.colophon.comments.config.Moderation;
import dev.colophon.comments.internal.embed.EmbedAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routes the server registers at its one assembly point are the ones docs/api.md lists, in order. */
class RouteTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE) (\\S+)` \\|");

    @TempDir
    Path tmp;

    @Test
    void everyRegisteredRouteIsTheOneDocsApiListsInTheSameOrder() throws Exception {
        try (TestServer server = TestServer.open(tmp, Moderation.PRE)) {
            List<String> registered = server.routes().stream().filter(Route::endpoint).map(Route::describe)
                    .map(r -> r.replace(EmbedAssets.bundled().version(), "VERSION")).toList();
            assertThat(registered).containsExactlyElementsOf(documented());
        }
    }

    private static List<String> documented() throws Exception {
        String api = Files.readString(Path.of("../docs/api.md"));
        String table = api.substring(api.indexOf("## Every route"), api.indexOf("\n## ", api.indexOf("## Every route") + 1));
        return table.lines().map(ROW::matcher).filter(Matcher::find).map(m -> m.group(1) + " " + m.group(2)).toList();
    }
}
