package dev.colophon.comments.internal.webmention.verification;

import dev.colophon.comments.internal.webmention.MentionKind;
import dev.colophon.comments.internal.webmention.SourceEntry;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a source page's h-entry (the one whose u-url is the source, else the first) and decides what it
 * is to the target: in-reply-to makes a reply, repost-of a repost, like-of a like, bookmark-of a
 * bookmark; anything else, or a page without an h-entry, is a mention.
 */
public final class EntryReader {
    private EntryReader() {
    }

    public static SourceEntry read(Document document, String source, String target) {
        Mf2Item entry = entry(Mf2Parser.parse(document), source);
        if (entry == null) {
            return new SourceEntry(MentionKind.MENTION, null, null, null, null);
        }
        Mf2Item card = entry.item("author");
        String author = card != null ? card.text("name") : entry.text("author");
        String authorUrl = card != null ? card.text("url") : null;
        if (card == null && author != null && author.matches("https?://\\S+")) {
            authorUrl = author;
            author = null;
        }
        return new SourceEntry(kind(entry, target), author, authorUrl, card == null ? null : card.text("photo"),
                content(entry));
    }

    private static MentionKind kind(Mf2Item entry, String target) {
        String page = withoutFragment(target);
        if (names(entry, "in-reply-to", page)) {
            return MentionKind.REPLY;
        }
        if (names(entry, "repost-of", page)) {
            return MentionKind.REPOST;
        }
        if (names(entry, "like-of", page)) {
            return MentionKind.LIKE;
        }
        if (names(entry, "bookmark-of", page)) {
            return MentionKind.BOOKMARK;
        }
        return MentionKind.MENTION;
    }

    private static boolean names(Mf2Item entry, String property, String page) {
        return entry.urls(property).stream().anyMatch(url -> withoutFragment(url).equals(page));
    }

    private static String content(Mf2Item entry) {
        for (Object value : entry.all("content")) {
            if (value instanceof Mf2Item.Html html) {
                return PlainText.of(html.html());
            }
            if (value instanceof String text && !text.isBlank()) {
                return text.strip();
            }
        }
        String summary = entry.text("summary");
        return summary != null ? summary : entry.text("name");
    }

    private static Mf2Item entry(List<Mf2Item> items, String source) {
        List<Mf2Item> entries = new ArrayList<>();
        for (Mf2Item item : items) {
            if (item.is("h-entry")) {
                entries.add(item);
            }
            for (Object child : item.all("children")) {
                if (child instanceof Mf2Item nested && nested.is("h-entry")) {
                    entries.add(nested);
                }
            }
        }
        String page = withoutFragment(source);
        return entries.stream().filter(e -> e.urls("url").stream().anyMatch(u -> withoutFragment(u).equals(page)))
                .findFirst().orElse(entries.isEmpty() ? null : entries.get(0));
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** Whether any link, image, media or embed in the page points at exactly {@code target}. */
    public static boolean linksTo(Document document, String target) {
        for (Element element : document.select("[href], [src]")) {
            String attr = element.hasAttr("href") ? "href" : "src";
            if (element.absUrl(attr).equals(target) || element.attr(attr).equals(target)) {
                return true;
            }
        }
        return false;
    }
}
