package dev.colophon.comments.stats;

import java.util.regex.Pattern;

/**
 * Recognizes crawlers, link previewers, monitors and headless browsers by user agent, so that they
 * are not counted as readers. The patterns follow those of the isbot and crawler-user-agents lists.
 */
public final class BotFilter {
    private static final Pattern BOTS = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|scrap|headless|phantomjs|puppeteer|playwright|selenium|webdriver|"
                    + "lighthouse|pagespeed|pingdom|uptime|monitor|preview|facebookexternalhit|embedly|whatsapp|"
                    + "curl/|wget/|python-requests|python-urllib|httpclient|okhttp|go-http-client|java/|libwww|"
                    + "feedfetcher|feedly|rss|archive\\.org|ia_archiver|validator|check_http|nagios|zgrab|masscan",
            Pattern.CASE_INSENSITIVE);

    private BotFilter() {
    }

    public static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || BOTS.matcher(userAgent).find();
    }
}
