package dev.colophon.comments.internal.activitypub.protocol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The images of a post (its cover first, then those in its text) with their alt text, as attachments. */
final class PostImages {
    /** An image and its description. */
    record Image(String url, String alt) {
    }

    private static final int MAX = 4; // what Mastodon shows

    private PostImages() {
    }

    static List<Image> in(String html, String cover) {
        List<Image> images = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (cover != null && cover.startsWith("http") && seen.add(cover)) {
            images.add(new Image(cover, null));
        }
        for (Element img : Jsoup.parse(html == null ? "" : html).select("img[src]")) {
            String src = img.absUrl("src").isEmpty() ? img.attr("src") : img.absUrl("src");
            if (images.size() < MAX && src.startsWith("http") && seen.add(src)) {
                String alt = img.attr("alt");
                images.add(new Image(src, alt.isBlank() ? null : alt));
            }
        }
        return images;
    }
}
