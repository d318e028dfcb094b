package dev.colophon.comments.internal.activitypub.protocol;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The content of a remote Note made fit for a thread: the leading mention of the blog itself (Mastodon
 * starts every reply with {@code @blog}) is dropped. The HTML still goes through the comment sanitizer.
 */
record RemoteContent(String html, String text) {
    private static final int MAX_HTML = 64 * 1024;

    static RemoteContent of(String html, String actor, String site) {
        String bounded = html.length() > MAX_HTML ? html.substring(0, MAX_HTML) : html;
        Document doc = Jsoup.parseBodyFragment(bounded);
        for (Element mention : doc.select("a.mention, a[rel~=tag]")) {
            String href = mention.attr("href");
            if (href.equals(actor) || href.equals(site) || href.equals(site + "/")) {
                Element card = mention.parent() != null && mention.parent().hasClass("h-card") ? mention.parent() : mention;
                card.remove();
            }
        }
        String cleaned = doc.body().html().replaceFirst("^(<p>)\\s+", "$1");
        return new RemoteContent(cleaned, doc.body().wholeText().strip().replaceAll("[ \\t]+", " "));
    }
}
