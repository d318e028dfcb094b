package dev.colophon.comments.internal.webmention.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colophon.comments.internal.webmention.MentionKind;
import dev.colophon.comments.internal.webmention.SourceEntry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** What a source's microformats say it is, read from markup as other sites (and Colophon's theme) write it. */
class EntryReaderTest {
    static final String SOURCE = "https://a.example/posts/answer/";
    static final String TARGET = "https://b.example/posts/hello/";

    static SourceEntry read(String html) {
        return EntryReader.read(Jsoup.parse(html, SOURCE), SOURCE, TARGET);
    }

    @Test
    void readsColophonsOwnPostMarkupAsAReplyByTheSiteAuthor() {
        SourceEntry entry = read("""
                <header class="site-header"><a class="site-title h-card p-name u-url" href="https://a.example/">Blog</a></header>
                <main><article class="post h-entry"><header><h1 class="p-name">An answer</h1>
                <p class="meta"><time class="dt-published" datetime="2026-11-02T00:00:00Z">2 November</time></p>
                <p class="interaction">In reply to <a class="u-in-reply-to" href="%s">%s</a></p></header>
                <div class="content e-content"><p>I think it <em>misses</em> a point.</p><p>Second.</p></div>
                <p class="post-identity" hidden><a class="u-url" href="%s">x</a> <a class="p-author h-card" href="https://a.example/">Ann Author</a></p>
                </article></main>""".formatted(TARGET, TARGET, SOURCE));
        assertThat(entry.kind()).isEqualTo(MentionKind.REPLY);
        assertThat(entry.author()).isEqualTo("Ann Author");
        assertThat(entry.authorUrl()).isEqualTo("https://a.example/");
        assertThat(entry.text()).isEqualTo("I think it misses a point.\n\nSecond.");
    }

    @Test
    void anEmbeddedCiteInReplyToWithAFragmentStillRepliesToThePage() {
        SourceEntry entry = read("""
                <div class="h-entry"><div class="u-in-reply-to h-cite"><a class="u-url" href="%s#comment-4">Bo</a></div>
                <span class="p-author h-card"><img class="u-photo" src="/me.jpg" alt=""><span class="p-name">Carla</span></span>
                <p class="e-content">Yes!</p></div>""".formatted(TARGET));
        assertThat(entry.kind()).isEqualTo(MentionKind.REPLY);
        assertThat(entry.author()).isEqualTo("Carla");
        assertThat(entry.photo()).isEqualTo("https://a.example/me.jpg");
    }

    @Test
    void likeRepostAndBookmarkAreReadFromTheirProperties() {
        assertThat(read("<div class=\"h-entry\"><a class=\"u-like-of\" href=\"" + TARGET + "\">x</a></div>").kind())
                .isEqualTo(MentionKind.LIKE);
        assertThat(read("<div class=\"h-entry\"><a class=\"u-repost-of\" href=\"" + TARGET + "\">x</a></div>").kind())
                .isEqualTo(MentionKind.REPOST);
        assertThat(read("<div class=\"h-entry\"><a class=\"u-bookmark-of\" href=\"" + TARGET + "\">x</a></div>").kind())
                .isEqualTo(MentionKind.BOOKMARK);
    }

    @Test
    void aReplyToAnotherPageOrAPageWithoutAnEntryIsAMention() {
        assertThat(read("<div class=\"h-entry\"><a class=\"u-in-reply-to\" href=\"https://c.example/\">c</a> <a href=\""
                + TARGET + "\">b</a></div>").kind()).isEqualTo(MentionKind.MENTION);
        SourceEntry plain = read("<p>See <a href=\"" + TARGET + "\">this</a></p>");
        assertThat(plain.kind()).isEqualTo(MentionKind.MENTION);
        assertThat(plain.author()).isNull();
    }

    @Test
    void inAFeedTheEntryWhoseUrlIsTheSourceIsRead() {
        SourceEntry entry = read("""
                <div class="h-feed"><div class="h-entry"><a class="u-url" href="/other/">o</a><p class="p-name">Other</p></div>
                <div class="h-entry"><a class="u-url" href="/posts/answer/">me</a><a class="u-like-of" href="%s">b</a></div></div>"""
                .formatted(TARGET));
        assertThat(entry.kind()).isEqualTo(MentionKind.LIKE);
    }

    @Test
    void markdownCharactersInARemoteTextStayText() {
        assertThat(PlainText.markdown("# not a heading\n1. not a list *nor bold*"))
                .isEqualTo("\\# not a heading\n1\\. not a list \\*nor bold\\*");
    }
}
