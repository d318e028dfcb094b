package dev.colophon.comments.internal.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognizes crawlers, link previewers, monitors and headless browsers by user agent, so that they are
 * not counted as readers: the maintained crawler-user-agents list (npm, vendored in
 * {@code stats/crawler-user-agents.txt}) plus a few rules of our own for automation tools. Agents
 * repeat a lot, so each verdict is cached.
 */
public final class BotFilter {
    private static final String OWN_RULES = "(?i:headless|phantomjs|puppeteer|playwright|selenium|webdriver|"
            + "lighthouse|curl/|wget/|python-requests|python-urllib|httpclient|okhttp|go-http-client|libwww|\\bbot\\b)";
    private static final Pattern BOTS = compile();
    private static final Cache<String, Boolean> VERDICTS = Caffeine.newBuilder().maximumSize(50_000).build();

    private BotFilter() {
    }

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        return VERDICTS.get(userAgent, agent -> BOTS.matcher(agent).find());
    }

    private static Pattern compile() {
        List<String> patterns = new ArrayList<>();
        patterns.add(OWN_RULES);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BotFilter.class.getResourceAsStream("/stats/crawler-user-agents.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    Pattern.compile(line);
                    patterns.add("(?:" + line + ")");
                } catch (PatternSyntaxException e) {
                    // a JavaScript-only construct: the other patterns still apply
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Pattern.compile(String.join("|", patterns));
    }
}
