package dev.colophon.comments.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BotFilterTest {

    @Test
    void recognizesTheSampleAgentsOfTheCrawlerList() throws Exception {
        List<String> samples = Files.readAllLines(Path.of("src/test/resources/crawler-samples.txt"));
        assertThat(samples).hasSizeGreaterThan(300);
        assertThat(samples.stream().filter(agent -> !BotFilter.isBot(agent)).toList()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"})
    void countsReadersBrowsers(String agent) {
        assertThat(BotFilter.isBot(agent)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
            "curl/8.5.0", "python-requests/2.32.3", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", ""})
    void skipsCrawlersAndAutomation(String agent) {
        assertThat(BotFilter.isBot(agent)).isTrue();
    }
}
