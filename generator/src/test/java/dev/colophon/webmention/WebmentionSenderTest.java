package dev.colophon.webmention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which targets a post owes a webmention, from what was built and what was sent before. */
class WebmentionSenderTest {

    @Test
    void sendsForNewChangedAndRemovedLinksOnly() {
        OutgoingLinks.Post before = new OutgoingLinks.Post("h1", List.of("https://b/1", "https://b/2"));
        assertThat(WebmentionSender.due(new OutgoingLinks.Post("h1", List.of("https://b/1", "https://b/2")), before)).isEmpty();
        assertThat(WebmentionSender.due(new OutgoingLinks.Post("h1", List.of("https://b/1", "https://b/3")), before))
                .containsExactly("https://b/3", "https://b/2");
        assertThat(WebmentionSender.due(new OutgoingLinks.Post("h2", List.of("https://b/1")), before))
                .containsExactly("https://b/1", "https://b/2");
        assertThat(WebmentionSender.due(null, before)).containsExactly("https://b/1", "https://b/2");
        assertThat(WebmentionSender.due(new OutgoingLinks.Post("h1", List.of("https://b/1")), null)).containsExactly("https://b/1");
    }
}
